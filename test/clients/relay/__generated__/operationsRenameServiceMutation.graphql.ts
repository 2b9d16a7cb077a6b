/**
 * @generated SignedSource<<1c8127b3a081e50dab79c7fbc6beee56>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type WebhookMethod = "GET" | "POST" | "%future added value";
export type UpdateServiceInput = {
  clientMutationId?: string | null | undefined;
  consumptionReportInterval?: number | null | undefined;
  defaultChannelCreatorRoleSid?: string | null | undefined;
  defaultChannelRoleSid?: string | null | undefined;
  defaultServiceRoleSid?: string | null | undefined;
  friendlyName?: string | null | undefined;
  limits?: LimitsInput | null | undefined;
  media?: MediaInput | null | undefined;
  notifications?: NotificationsInput | null | undefined;
  postWebhookRetryCount?: number | null | undefined;
  postWebhookUrl?: string | null | undefined;
  preWebhookRetryCount?: number | null | undefined;
  preWebhookUrl?: string | null | undefined;
  reachabilityEnabled?: boolean | null | undefined;
  readStatusEnabled?: boolean | null | undefined;
  sid: string;
  typingIndicatorTimeout?: number | null | undefined;
  webhookFilters?: ReadonlyArray<string> | null | undefined;
  webhookMethod?: WebhookMethod | null | undefined;
};
export type NotificationsInput = {
  addedToChannel?: ChannelNotificationInput | null | undefined;
  invitedToChannel?: ChannelNotificationInput | null | undefined;
  logEnabled?: boolean | null | undefined;
  newMessage?: NewMessageNotificationInput | null | undefined;
  removedFromChannel?: ChannelNotificationInput | null | undefined;
};
export type NewMessageNotificationInput = {
  badgeCountEnabled?: boolean | null | undefined;
  enabled?: boolean | null | undefined;
  sound?: string | null | undefined;
  template?: string | null | undefined;
};
export type ChannelNotificationInput = {
  enabled?: boolean | null | undefined;
  sound?: string | null | undefined;
  template?: string | null | undefined;
};
export type LimitsInput = {
  channelMembers?: number | null | undefined;
  userChannels?: number | null | undefined;
};
export type MediaInput = {
  compatibilityMessage?: string | null | undefined;
};
export type operationsRenameServiceMutation$variables = {
  input: UpdateServiceInput;
};
export type operationsRenameServiceMutation$data = {
  readonly updateService: {
    readonly service: {
      readonly friendlyName: string | null | undefined;
      readonly id: string;
    } | null | undefined;
    readonly userErrors: ReadonlyArray<{
      readonly field: ReadonlyArray<string> | null | undefined;
      readonly message: string;
    }>;
  };
};
export type operationsRenameServiceMutation = {
  response: operationsRenameServiceMutation$data;
  variables: operationsRenameServiceMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "UpdateServicePayload",
    "kind": "LinkedField",
    "name": "updateService",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Service",
        "kind": "LinkedField",
        "name": "service",
        "plural": false,
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
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "UserError",
        "kind": "LinkedField",
        "name": "userErrors",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "field",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "message",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "operationsRenameServiceMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "operationsRenameServiceMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "69d84a0bc411d6fd38191a7fe755c565",
    "id": null,
    "metadata": {},
    "name": "operationsRenameServiceMutation",
    "operationKind": "mutation",
    "text": "mutation operationsRenameServiceMutation(\n  $input: UpdateServiceInput!\n) {\n  updateService(input: $input) {\n    service {\n      id\n      friendlyName\n    }\n    userErrors {\n      field\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e65d13c14af40b0f8f83708305d4fcb2";

export default node;
