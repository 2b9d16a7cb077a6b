// Keyset paging on the channel side, while others write: every row that exists for the whole
// walk is seen exactly once and in order, deleted anchors still position the next page, and
// filters and order hold on every page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../src/emulator/index.js";
import { call, follow, form, withEmulator } from "./helpers.js";

let emulator: RunningEmulator;
let svc: string;

beforeAll(async () => {
  emulator = await withEmulator();
  svc = `/v2/Services/${(await call(emulator, "POST", "/v2/Services", { body: form({ FriendlyName: "paging" }) })).json.sid}`;
});
afterAll(() => emulator.close());

const post = async (path: string, params: Record<string, string> = {}) => {
  const res = await call(emulator, "POST", path, { body: form(params) });
  expect(res.status, res.text).toBe(201);
  return res.json as { sid: string; index?: number; type?: string };
};
const del = async (path: string) => expect((await call(emulator, "DELETE", path)).status).toBe(204);
const newChannel = async () => `${svc}/Channels/${(await post(`${svc}/Channels`)).sid}`;

/** Walks a list from `path` to its end, calling `between` after each page; returns the SIDs seen. */
async function walk(path: string, key: string, between: (seen: string[]) => Promise<void> = async () => {}) {
  const seen: string[] = [];
  let page = (await call(emulator, "GET", path)).json;
  for (;;) {
    seen.push(...page[key].map((r: { sid: string }) => r.sid));
    if (!page.meta.next_page_url) return seen;
    await between(seen);
    const next = await follow(emulator, page.meta.next_page_url);
    expect(next.status, next.text).toBe(200);
    page = next.json;
  }
}

/** Every SID in `throughout` seen once, nothing seen twice, and `seen` in the order of `order`. */
function expectConsistent(seen: string[], throughout: string[], order: string[]) {
  expect(new Set(seen).size).toBe(seen.length);
  for (const sid of throughout) expect(seen).toContain(sid);
  expect([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(seen);
}

describe("paging under writes", () => {
  it("members: deleting the anchor and rows ahead, adding rows, between pages", async () => {
    const room = await newChannel();
    const sids: string[] = [];
    for (let i = 0; i < 10; i++) sids.push((await post(`${room}/Members`, { Identity: `m${i}` })).sid);
    const deleted = new Set<string>();
    const added: string[] = [];
    const seen = await walk(`${room}/Members?PageSize=3`, "members", async (soFar) => {
      const anchor = soFar.at(-1)!;
      const ahead = sids.find((s) => !soFar.includes(s) && !deleted.has(s));
      for (const sid of [anchor, ahead].filter((s): s is string => s !== undefined)) {
        await del(`${room}/Members/${sid}`);
        deleted.add(sid);
      }
      added.push((await post(`${room}/Members`, { Identity: `new${added.length}` })).sid);
    });
    expectConsistent(
      seen,
      sids.filter((s) => !deleted.has(s)),
      [...sids, ...added],
    );
    // Members added during the walk join its end.
    expect(seen.at(-1)).toBe(added.at(-1));
  });

  it("messages newest first: new messages do not appear mid-walk, deleted anchors still position it", async () => {
    const room = await newChannel();
    const sids: string[] = [];
    for (let i = 0; i < 10; i++) sids.push((await post(`${room}/Messages`, { Body: `${i}` })).sid);
    const deleted = new Set<string>();
    const seen = await walk(`${room}/Messages?Order=desc&PageSize=3`, "messages", async (soFar) => {
      await del(`${room}/Messages/${soFar.at(-1)}`);
      deleted.add(soFar.at(-1)!);
      await post(`${room}/Messages`, { Body: "late" });
    });
    // Each deleted anchor had been seen; every later message sorts before the walk's start.
    expect(seen).toEqual([...sids].reverse());
  });

  it("channels filtered by Type: the filter holds on every page while both types are created and deleted", async () => {
    const service = `/v2/Services/${(await post("/v2/Services", { FriendlyName: "typed" })).sid}`;
    const privates: string[] = [];
    for (let i = 0; i < 7; i++) {
      privates.push((await post(`${service}/Channels`, { Type: "private" })).sid);
      await post(`${service}/Channels`, { Type: "public" });
    }
    const added: string[] = [];
    const seen = await walk(`${service}/Channels?Type=private&PageSize=2`, "channels", async (soFar) => {
      await del(`${service}/Channels/${soFar.at(-1)}`);
      await post(`${service}/Channels`, { Type: "public" });
      added.push((await post(`${service}/Channels`, { Type: "private" })).sid);
    });
    // Only private channels, each once: the first ones, then those added on the way.
    expect(seen).toEqual([...privates, ...added]);
  });

  it("a walk and a writer running at once: no repeats, creation order, every survivor seen", async () => {
    const room = await newChannel();
    const initial: string[] = [];
    for (let i = 0; i < 30; i++) initial.push((await post(`${room}/Messages`, { Body: `${i}` })).sid);
    const doomed = initial.filter((_, i) => i % 3 === 1);
    const written: string[] = [];
    const writer = (async () => {
      for (const sid of doomed) {
        await del(`${room}/Messages/${sid}`);
        written.push((await post(`${room}/Messages`, { Body: "new" })).sid);
      }
    })();
    const [seen] = await Promise.all([walk(`${room}/Messages?PageSize=4`, "messages"), writer]);
    expectConsistent(
      seen,
      initial.filter((s) => !doomed.includes(s)),
      [...initial, ...written],
    );
  });
});
