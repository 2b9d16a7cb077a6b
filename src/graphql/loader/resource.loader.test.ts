import { describe, expect, it } from "vitest";
import { ChatApiError } from "../../chat-api/index.js";
import { ResourceLoader, type KeyParts } from "./resource.loader.js";

interface Person {
  sid: string;
  name: string;
  version: number;
}

const SIDS: Record<string, string> = { ann: "US1", ben: "US2" };
const isSid = (part: string | undefined) => /^US\d$/.test(part ?? "");

/** A loader over two people, counting what it fetched by which key. */
function people(options: { namesFirst?: boolean } = {}) {
  const fetched: string[] = [];
  let version = 0;
  const loader = new ResourceLoader<Person>(
    async ([sidOrName]) => {
      fetched.push(sidOrName!);
      const name = isSid(sidOrName) ? Object.keys(SIDS).find((n) => SIDS[n] === sidOrName) : sidOrName;
      if (!name || !SIDS[name])
        throw new ChatApiError({ kind: "http", status: 404, twilioCode: 20404, message: "not found", route: "GET /People/{Sid}" });
      return { sid: SIDS[name]!, name, version: ++version };
    },
    (person): KeyParts[] => [[person.sid], [person.name]],
    undefined,
    options.namesFirst ? ([key]) => !isSid(key) : undefined,
  );
  return { loader, fetched };
}

describe("ResourceLoader", () => {
  it("fetches a resource once, by whichever key came first", async () => {
    const { loader, fetched } = people();
    expect(await loader.load("ann")).toMatchObject({ sid: "US1" });
    expect(await loader.load("US1")).toMatchObject({ name: "ann" });
    expect(fetched).toEqual(["ann"]);
  });

  it("answers null for what the upstream does not have", async () => {
    const { loader } = people();
    expect(await loader.load("zed")).toBeNull();
  });

  it("with names first, one batch asking by SID and by name makes one fetch", async () => {
    const { loader, fetched } = people({ namesFirst: true });
    const [bySid, byName, other] = await Promise.all([loader.load("US1"), loader.load("ann"), loader.load("US2")]);
    expect(bySid).toBe(byName);
    expect(other).toMatchObject({ name: "ben" });
    expect(fetched).toEqual(["ann", "US2"]);
  });

  it("without names first, such a batch makes one fetch per key", async () => {
    const { loader, fetched } = people();
    await Promise.all([loader.load("US1"), loader.load("ann")]);
    expect(fetched.sort()).toEqual(["US1", "ann"]);
  });

  it("an alias is loaded by the key it names, once", async () => {
    const { loader, fetched } = people();
    loader.alias(["ann"], ["US1"]);
    const [a, b] = await Promise.all([loader.load("ann"), loader.load("US1")]);
    expect(a).toBe(b);
    expect(fetched).toEqual(["US1"]);
  });

  it("an alias never replaces an answer already cached", async () => {
    const { loader, fetched } = people();
    await loader.load("ann");
    loader.alias(["ann"], ["US2"]);
    expect(await loader.load("ann")).toMatchObject({ sid: "US1" });
    expect(fetched).toEqual(["ann"]);
  });

  it("forget makes every key of the resource fetch afresh", async () => {
    const { loader, fetched } = people();
    await loader.load("ann");
    loader.forget(["US1"]);
    expect(await loader.load("ann")).toMatchObject({ version: 2 });
    expect(await loader.load("US1")).toMatchObject({ version: 2 });
    expect(fetched).toEqual(["ann", "ann"]);
  });

  it("markGone answers null for every key of the resource, aliases included", async () => {
    const { loader, fetched } = people();
    await loader.load("US1");
    loader.alias(["someone"], ["US1"]);
    loader.markGone(["someone"]);
    expect(await loader.load("ann")).toBeNull();
    expect(await loader.load("US1")).toBeNull();
    expect(fetched).toEqual(["US1"]);
  });

  it("prime answers every key of the resource without a fetch", async () => {
    const { loader, fetched } = people();
    loader.prime({ sid: "US2", name: "ben", version: 7 });
    expect(await loader.load("ben")).toMatchObject({ version: 7 });
    expect(fetched).toEqual([]);
  });
});

interface Channel {
  sid: string;
  unique_name: string | null;
  version: number;
}

/** An upstream of channels by SID or unique name, counting fetches. */
function upstream() {
  const channels = new Map<string, Channel>();
  const fetches: string[] = [];
  const fetch = async ([, key]: readonly string[]) => {
    fetches.push(key!);
    const found = [...channels.values()].find((c) => c.sid === key || c.unique_name === key);
    if (!found) throw new ChatApiError({ kind: "http", status: 404, route: "GET channel", message: "not found" });
    return { ...found };
  };
  const keysOf = (c: Channel) => [["IS1", c.sid], ...(c.unique_name ? [["IS1", c.unique_name]] : [])];
  return { channels, fetches, loader: new ResourceLoader<Channel>(fetch, keysOf) };
}

describe("ResourceLoader: a renamed or deleted resource", () => {
  it("fetches once by either key", async () => {
    const { channels, fetches, loader } = upstream();
    channels.set("CH1", { sid: "CH1", unique_name: "general", version: 1 });
    expect(await loader.load("IS1", "general")).toMatchObject({ sid: "CH1" });
    expect(await loader.load("IS1", "CH1")).toMatchObject({ sid: "CH1" });
    expect(fetches).toEqual(["general"]);
  });

  it("forgets an old unique name when the channel is primed without it (renamed or cleared)", async () => {
    const { channels, fetches, loader } = upstream();
    channels.set("CH1", { sid: "CH1", unique_name: "general", version: 1 });
    await loader.load("IS1", "general");
    const renamed = { sid: "CH1", unique_name: "archive", version: 2 };
    channels.set("CH1", renamed);
    loader.prime(renamed);
    expect(await loader.load("IS1", "general")).toBeNull(); // asked again: nobody is called that now
    expect(fetches).toEqual(["general", "general"]);
    expect(await loader.load("IS1", "archive")).toMatchObject({ version: 2 });
    expect(await loader.load("IS1", "CH1")).toMatchObject({ version: 2 });
  });

  it("marks every key of a deleted resource gone, whichever key it was deleted by", async () => {
    const { channels, loader } = upstream();
    channels.set("CH1", { sid: "CH1", unique_name: "general", version: 1 });
    await loader.load("IS1", "CH1");
    channels.delete("CH1");
    loader.markGone(["IS1", "CH1"]);
    expect(await loader.load("IS1", "general")).toBeNull();
    expect(await loader.load("IS1", "CH1")).toBeNull();
  });

  it("lets a new resource take a name another one gave up", async () => {
    const { channels, loader } = upstream();
    channels.set("CH1", { sid: "CH1", unique_name: "general", version: 1 });
    await loader.load("IS1", "general");
    const moved = { sid: "CH1", unique_name: null, version: 2 };
    channels.set("CH1", moved);
    loader.prime(moved);
    const newcomer = { sid: "CH2", unique_name: "general", version: 1 };
    channels.set("CH2", newcomer);
    loader.prime(newcomer);
    expect(await loader.load("IS1", "general")).toMatchObject({ sid: "CH2" });
    expect(await loader.load("IS1", "CH1")).toMatchObject({ unique_name: null });
  });
});
