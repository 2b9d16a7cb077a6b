// Every resource family the emulator serves: each contributes a table of operations, keyed by the
// spec's operation ids (see docs/emulator.md, "Adding a resource family").

import { ACCOUNT_WEBHOOK_OPERATIONS } from "./account-webhook/account-webhook.routes.js";
import { ADMIN_OPERATIONS } from "./admin/admin.routes.js";
import { bindingOperations } from "./binding/binding.routes.js";
import { channelOperations } from "./channel/channel.routes.js";
import { channelWebhookOperations } from "./channel-webhook/channel-webhook.routes.js";
import type { OperationTable } from "./engine/operation.js";
import { customOperations, specOperations, type RoutedOperation } from "./engine/router.js";
import { credentialOperations } from "./credential/credential.routes.js";
import { inviteOperations } from "./invite/invite.routes.js";
import { memberOperations } from "./member/member.routes.js";
import { messageOperations } from "./message/message.routes.js";
import { roleOperations } from "./role/role.routes.js";
import { serviceOperations } from "./service/service.routes.js";
import { userChannelOperations } from "./user-channel/user-channel.routes.js";
import { userOperations } from "./user/user.routes.js";

export const OPERATIONS: OperationTable = {
  ...serviceOperations,
  ...roleOperations,
  ...channelOperations,
  ...memberOperations,
  ...messageOperations,
  ...inviteOperations,
  ...channelWebhookOperations,
  ...userOperations,
  ...userChannelOperations,
  ...bindingOperations,
  ...credentialOperations,
};

/** Everything the emulator routes: the spec's operations above, and its own admin operations. */
export const ROUTES: readonly RoutedOperation[] = [
  ...specOperations(OPERATIONS),
  ...customOperations([...ADMIN_OPERATIONS, ...ACCOUNT_WEBHOOK_OPERATIONS]),
];
