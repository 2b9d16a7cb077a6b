/**
 * @generated SignedSource<<ffa9d480ee2f177305ff966d58094673>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type operationsServiceCard_service$data = {
  readonly dateUpdated: any | null | undefined;
  readonly friendlyName: string | null | undefined;
  readonly id: string;
  readonly " $fragmentType": "operationsServiceCard_service";
};
export type operationsServiceCard_service$key = {
  readonly " $data"?: operationsServiceCard_service$data;
  readonly " $fragmentSpreads": FragmentRefs<"operationsServiceCard_service">;
};

import operationsServiceCardRefetchQuery_graphql from './operationsServiceCardRefetchQuery.graphql';

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "refetch": {
      "connection": null,
      "fragmentPathInResult": [
        "node"
      ],
      "operation": operationsServiceCardRefetchQuery_graphql,
      "identifierInfo": {
        "identifierField": "id",
        "identifierQueryVariableName": "id"
      }
    }
  },
  "name": "operationsServiceCard_service",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "friendlyName",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "dateUpdated",
      "storageKey": null
    }
  ],
  "type": "Service",
  "abstractKey": null
};

(node as any).hash = "655be0a7c96338a157a52f9c41f55c53";

export default node;
