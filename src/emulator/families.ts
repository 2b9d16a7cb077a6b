// Every resource family the emulator serves: each contributes a table of operations, keyed by the
// spec's operation ids (see docs/emulator.md, "Adding a resource family").

import { channelOperations } from "./channel/channel.routes.js";
import { channelWebhookOperations } from "./channel-webhook/channel-webhook.routes.js";
import type { OperationTable } from "./engine/operation.js";
import { inviteOperations } from "./invite/invite.routes.js";
import { memberOperations } from "./member/member.routes.js";
import { messageOperations } from "./message/message.routes.js";
import { roleOperations } from "./role/role.routes.js";
import { serviceOperations } from "./service/service.routes.js";

export const OPERATIONS: OperationTable = {
  ...serviceOperations,
  ...roleOperations,
  ...channelOperations,
  ...memberOperations,
  ...messageOperations,
  ...inviteOperations,
  ...channelWebhookOperations,
};
