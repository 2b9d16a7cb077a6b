// The emulator's persistence: one SQLite database (WAL), one table object per family holding its
// prepared statements. Business rules (what else a write implies) live in the families' models,
// which group their writes with `transaction`.

import type Database from "better-sqlite3";
import { AccountWebhookTable } from "../account-webhook/account-webhook.table.js";
import { BindingTable } from "../binding/binding.table.js";
import { ChannelTable } from "../channel/channel.table.js";
import { ChannelWebhookTable } from "../channel-webhook/channel-webhook.table.js";
import { CredentialTable } from "../credential/credential.table.js";
import { InviteTable } from "../invite/invite.table.js";
import { MemberTable } from "../member/member.table.js";
import { MessageTable } from "../message/message.table.js";
import { RoleTable } from "../role/role.table.js";
import { ServiceTable } from "../service/service.table.js";
import { UserTable } from "../user/user.table.js";
import { closeDatabase, openDatabase } from "./database.js";
import { Tombstones } from "./tombstones.js";

export class Store {
  private readonly db: Database.Database;
  readonly tombstones: Tombstones;
  readonly services: ServiceTable;
  readonly roles: RoleTable;
  readonly users: UserTable;
  readonly channels: ChannelTable;
  readonly members: MemberTable;
  readonly messages: MessageTable;
  readonly invites: InviteTable;
  readonly channelWebhooks: ChannelWebhookTable;
  readonly bindings: BindingTable;
  readonly credentials: CredentialTable;
  readonly accountWebhooks: AccountWebhookTable;

  /** `file`: a SQLite file path, or ":memory:". */
  constructor(file: string) {
    this.db = openDatabase(file);
    this.tombstones = new Tombstones(this.db);
    this.services = new ServiceTable(this.db, this.tombstones);
    this.roles = new RoleTable(this.db, this.tombstones);
    this.users = new UserTable(this.db, this.tombstones);
    this.channels = new ChannelTable(this.db, this.tombstones);
    this.members = new MemberTable(this.db, this.tombstones);
    this.messages = new MessageTable(this.db, this.tombstones);
    this.invites = new InviteTable(this.db, this.tombstones);
    this.channelWebhooks = new ChannelWebhookTable(this.db, this.tombstones);
    this.bindings = new BindingTable(this.db, this.tombstones);
    this.credentials = new CredentialTable(this.db, this.tombstones);
    this.accountWebhooks = new AccountWebhookTable(this.db);
  }

  /** Runs `fn` as one transaction: all of its writes happen, or none (a throw rolls back). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    closeDatabase(this.db);
  }
}
