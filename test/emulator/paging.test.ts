// Keyset paging: stable under concurrent creation and deletion, and bounded by maxPageSize.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { basicAuth, call, expectTwilioError, form, withEmulator } from "./helpers.js";

/** A fresh account per test keeps each list exactly the services that test made. */
let accountCounter = 0;
function freshAccount(): string {
  accountCounter++;
  return basicAuth("AC" + accountCounter.toString(16).padStart(32, "0"), "pw");
}

async function createServices(emulator: RunningEmulator, auth: string, names: string[]): Promise<string[]> {
  const sids = [];
  for (const name of names) {
    const res = await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: name }), auth });
    expect(res.status).toBe(201);
    sids.push(res.json.sid);
  }
  return sids;
}

/** Follows a meta URL (absolute) back to the emulator. */
async function follow(emulator: RunningEmulator, url: string, auth: string) {
  const u = new URL(url);
  expect(u.origin).toBe(emulator.url);
  const res = await call(emulator, "GET", u.pathname + u.search, { auth });
  expect(res.status).toBe(200);
  return res.json;
}

describe("paging", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await withEmulator();
  });
  afterAll(() => emulator.close());

  it("walks all pages forwards and back with Twilio-style tokens", async () => {
    const auth = freshAccount();
    const sids = await createServices(emulator, auth, ["a", "b", "c", "d", "e"]);
    const first = (await call(emulator, "GET", "/v2/Services?PageSize=2", { auth })).json;
    expect(first.services.map((s: any) => s.sid)).toEqual(sids.slice(0, 2));
    expect(first.meta.previous_page_url).toBeNull();
    expect(first.meta.next_page_url).toBe(`${emulator.url}/v2/Services?PageSize=2&Page=1&PageToken=PA${sids[1]}`);

    const second = await follow(emulator, first.meta.next_page_url, auth);
    expect(second.services.map((s: any) => s.sid)).toEqual(sids.slice(2, 4));
    expect(second.meta.page).toBe(1);
    expect(second.meta.url).toBe(first.meta.next_page_url);
    expect(second.meta.previous_page_url).toBe(`${emulator.url}/v2/Services?PageSize=2&Page=0&PageToken=PB${sids[2]}`);

    const third = await follow(emulator, second.meta.next_page_url, auth);
    expect(third.services.map((s: any) => s.sid)).toEqual(sids.slice(4));
    expect(third.meta.next_page_url).toBeNull();

    const backToSecond = await follow(emulator, third.meta.previous_page_url, auth);
    expect(backToSecond.services.map((s: any) => s.sid)).toEqual(sids.slice(2, 4));
    const backToFirst = await follow(emulator, backToSecond.meta.previous_page_url, auth);
    expect(backToFirst.services.map((s: any) => s.sid)).toEqual(sids.slice(0, 2));
    expect(backToFirst.meta.previous_page_url).toBeNull();
  });

  it("an exact multiple of the page size ends without an empty trailing page", async () => {
    const auth = freshAccount();
    await createServices(emulator, auth, ["a", "b", "c", "d"]);
    const second = await follow(emulator, (await call(emulator, "GET", "/v2/Services?PageSize=2", { auth })).json.meta.next_page_url, auth);
    expect(second.services).toHaveLength(2);
    expect(second.meta.next_page_url).toBeNull();
  });

  it("sees every service that existed throughout exactly once, in order, while others come and go", async () => {
    const auth = freshAccount();
    const sids = await createServices(
      emulator,
      auth,
      Array.from({ length: 12 }, (_, i) => `s${i}`),
    );
    const seen: string[] = [];

    const page1 = (await call(emulator, "GET", "/v2/Services?PageSize=4", { auth })).json;
    seen.push(...page1.services.map((s: any) => s.sid));

    // Between page requests: delete one already returned (the anchor itself), one still
    // ahead on page 2, and create new ones at the end.
    const deletedSeen = sids[3];
    const deletedAhead = sids[5];
    for (const sid of [deletedSeen, deletedAhead]) {
      expect((await call(emulator, "DELETE", `/v2/Services/${sid}`, { auth })).status).toBe(204);
    }
    const added = await createServices(emulator, auth, ["n1", "n2"]);

    let meta = page1.meta;
    while (meta.next_page_url) {
      const page = await follow(emulator, meta.next_page_url, auth);
      seen.push(...page.services.map((s: any) => s.sid));
      meta = page.meta;
      if (seen.length === 8) {
        // Mid-walk: delete the anchor of the next token and add another.
        await call(emulator, "DELETE", `/v2/Services/${seen.at(-1)}`, { auth });
        added.push(...(await createServices(emulator, auth, ["n3"])));
      }
    }

    const survivors = sids.filter((s) => s !== deletedAhead);
    const throughout = survivors.filter((s) => s !== deletedSeen && s !== seen[7]);
    expect(new Set(seen).size).toBe(seen.length); // nothing repeated
    for (const sid of throughout) expect(seen).toContain(sid);
    expect(seen).not.toContain(deletedAhead);
    // In creation order: the order of `seen` follows `sids`, then the additions.
    const order = [...sids, ...added];
    expect([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(seen);
    // Items created during the walk show up at the end.
    expect(seen.slice(-added.length)).toEqual(added);
  });

  it("pages roles of one service independently of other services", async () => {
    const auth = freshAccount();
    const [a, b] = await createServices(emulator, auth, ["a", "b"]);
    const seen: string[] = [];
    let page = (await call(emulator, "GET", `/v2/Services/${a}/Roles?PageSize=3`, { auth })).json;
    seen.push(...page.roles.map((r: any) => r.sid));
    while (page.meta.next_page_url) {
      page = await follow(emulator, page.meta.next_page_url, auth);
      seen.push(...page.roles.map((r: any) => r.sid));
    }
    expect(seen).toHaveLength(4);
    // A token from service a is not valid for service b.
    const res = await call(emulator, "GET", `/v2/Services/${b}/Roles?PageToken=PA${seen[0]}`, { auth });
    expectTwilioError(res, 400, 20001);
  });
});

describe("maxPageSize", () => {
  it.each([
    { maxPageSize: undefined, pageSize: 1000, status: 200 },
    { maxPageSize: undefined, pageSize: 1001, status: 400 },
    { maxPageSize: 100, pageSize: 100, status: 200 },
    { maxPageSize: 100, pageSize: 101, status: 400 },
  ])("maxPageSize $maxPageSize, PageSize $pageSize → $status", async ({ maxPageSize, pageSize, status }) => {
    const emulator = await withEmulator({ maxPageSize });
    try {
      const res = await call(emulator, "GET", `/v2/Services?PageSize=${pageSize}`);
      if (status === 200) {
        expect(res.status).toBe(200);
        expect(res.json.meta.page_size).toBe(pageSize);
      } else {
        expectTwilioError(res, status, 20001);
      }
    } finally {
      await emulator.close();
    }
  });
});
