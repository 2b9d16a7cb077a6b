// SQL for the account-level event target (emulator only): one row per account that set its own.

import type Database from "better-sqlite3";

export interface AccountWebhookRow {
  account_sid: string;
  /** Null: the account turned its target off. */
  post_webhook_url: string | null;
  method: "GET" | "POST";
  filters: string[];
  date_updated: string;
}

type RawAccountWebhook = Omit<AccountWebhookRow, "filters"> & { filters: string };

export class AccountWebhookTable {
  private readonly byAccount: Database.Statement;
  private readonly upsertRow: Database.Statement;

  constructor(db: Database.Database) {
    this.byAccount = db.prepare(`SELECT * FROM account_webhooks WHERE account_sid = ?`);
    this.upsertRow = db.prepare(
      `INSERT INTO account_webhooks (account_sid, post_webhook_url, method, filters, date_updated)
       VALUES (@account_sid, @post_webhook_url, @method, @filters, @date_updated)
       ON CONFLICT (account_sid) DO UPDATE SET post_webhook_url = excluded.post_webhook_url,
         method = excluded.method, filters = excluded.filters, date_updated = excluded.date_updated`,
    );
  }

  get(accountSid: string): AccountWebhookRow | undefined {
    const raw = this.byAccount.get(accountSid) as RawAccountWebhook | undefined;
    return raw && { ...raw, filters: JSON.parse(raw.filters) as string[] };
  }

  put(row: AccountWebhookRow): AccountWebhookRow {
    this.upsertRow.run({ ...row, filters: JSON.stringify(row.filters) });
    return this.get(row.account_sid)!;
  }
}
