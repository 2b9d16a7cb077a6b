import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { BINDING_SID_PATTERN } from "../../sids.js";
import { ConnectionArgs } from "../connection/connection.args.js";
import { connectionOf } from "../connection/connection.resolve.js";
import { distinct, identitiesFilter } from "../connection/list.filter.js";
import { listSource } from "../connection/list.source.js";
import type { GraphQLContext } from "../context.js";
import { Fetches } from "../cost/upstream-cost.js";
import { credentialOf } from "../credential/credential.lookup.js";
import { Credential, PushService } from "../credential/credential.type.js";
import { runMutation } from "../mutation/mutation.run.js";
import { Service } from "../service/service.type.js";
import { userOf } from "../user/user.lookup.js";
import { User } from "../user/user.type.js";
import { BindingConnection } from "./binding.connection.js";
import { DeleteBindingInput } from "./binding.input.js";
import { bindingFromResource } from "./binding.mapper.js";
import { DeleteBindingPayload } from "./binding.payload.js";
import * as bindingOps from "./binding.service.js";
import { Binding } from "./binding.type.js";

@ArgsType()
class UserBindingListArgs extends ConnectionArgs {
  @Field(() => [PushService], { nullable: true, description: "Only bindings of these push services; all when left out." })
  bindingTypes?: PushService[] | null;
}

@ArgsType()
class BindingListArgs extends UserBindingListArgs {
  @Field(() => [String], { nullable: true, description: "Only the bindings of these users (by identity)." })
  identities?: string[] | null;
}

@Resolver(() => Service)
export class ServiceBindingsResolver {
  @FieldResolver(() => BindingConnection, { description: "The service's push bindings (devices), oldest first." })
  bindings(
    @Root() service: Service,
    @Args(() => BindingListArgs) args: BindingListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<BindingConnection> {
    const identities = identitiesFilter(args.identities);
    const types = distinct(args.bindingTypes);
    const source = listSource(
      context,
      "ListBinding",
      { path: { ServiceSid: service.sid }, filters: { Identity: identities, BindingType: types } },
      {
        scope: JSON.stringify(["bindings", service.sid, identities, types]),
        sidPattern: BINDING_SID_PATTERN,
        prime: (binding) => context.loaders.binding.prime(binding),
      },
    );
    return connectionOf(source, args, bindingFromResource);
  }
}

@Resolver(() => User)
export class UserBindingsResolver {
  @FieldResolver(() => BindingConnection, { description: "The user's push bindings (devices), oldest first." })
  bindings(
    @Root() user: User,
    @Args(() => UserBindingListArgs) args: UserBindingListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<BindingConnection> {
    const types = distinct(args.bindingTypes);
    const source = listSource(
      context,
      "ListUserBinding",
      { path: { ServiceSid: user.serviceSid, UserSid: user.sid }, filters: { BindingType: types } },
      {
        scope: JSON.stringify(["bindings of user", user.sid, types]),
        sidPattern: BINDING_SID_PATTERN,
        prime: (binding) => context.loaders.binding.prime(binding),
      },
    );
    return connectionOf(source, args, bindingFromResource);
  }
}

@Resolver(() => Binding)
export class BindingResolver {
  @FieldResolver(() => User, { nullable: true, description: "The user the device belongs to." })
  @Fetches(1)
  user(@Root() binding: Binding, @Ctx() context: GraphQLContext): Promise<User | null> {
    return userOf(context, binding.serviceSid, binding.identity);
  }

  @FieldResolver(() => Credential, {
    nullable: true,
    description: "The push credentials used to reach the device; null when none or gone.",
  })
  @Fetches(1)
  credential(@Root() binding: Binding, @Ctx() context: GraphQLContext): Promise<Credential | null> {
    return credentialOf(context, binding.credentialSid);
  }

  @Mutation(() => DeleteBindingPayload, {
    description: "Deletes a push binding: the device gets no more notifications until its SDK registers again.",
  })
  @Fetches(1)
  deleteBinding(
    @Arg("input", () => DeleteBindingInput) input: DeleteBindingInput,
    @Ctx() context: GraphQLContext,
  ): Promise<DeleteBindingPayload> {
    return runMutation(input, { deletedBindingSid: null, deletedBindingId: null }, () => bindingOps.deleteBinding(context, input));
  }
}
