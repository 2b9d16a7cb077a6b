// Every resource family the emulator serves: each contributes a table of operations, keyed by the
// spec's operation ids (see docs/emulator.md, "Adding a resource family").

import type { OperationTable } from "./engine/operation.js";
import { roleOperations } from "./role/role.routes.js";
import { serviceOperations } from "./service/service.routes.js";

export const OPERATIONS: OperationTable = {
  ...serviceOperations,
  ...roleOperations,
};
