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
