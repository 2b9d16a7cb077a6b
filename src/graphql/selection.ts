// What a field's selection set asks of the object it returns: the names of the fields selected on
// it, through fragments and inline fragments, leaving out what @skip/@include drop. A resolver
// uses it to tell whether it must fetch its object at all (Query.service, Service.user).

import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from "graphql";

/** The names of the fields selected on the object `info`'s field returns (aliases resolved to names). */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/**
 * True when every field selected is one of `free` (answered without fetching the object) and at
 * least one of `witnesses` (an upstream call addressed by the object's key, whose 404 tells that
 * the object is missing) is selected: only then may the object go unfetched.
 */
export function needsNoFetch(info: GraphQLResolveInfo, free: ReadonlySet<string>, witnesses: ReadonlySet<string>): boolean {
  const names = selectedFieldNames(info);
  return [...names].every((name) => free.has(name)) && [...names].some((name) => witnesses.has(name));
}

function included(selection: Parameters<typeof getDirectiveValues>[1], info: GraphQLResolveInfo): boolean {
  if (!selection.directives?.length) return true; // most selections: no directive to read (graphql-js would look twice)
  if (getDirectiveValues(GraphQLSkipDirective, selection, info.variableValues)?.["if"] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, info.variableValues)?.["if"] !== false;
}
