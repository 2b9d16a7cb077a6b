import { describe, expect, it } from "vitest";
import { ChatApiError } from "../../chat-api/index.js";
import { ResourceLoader } from "./resource.loader.js";

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

describe("ResourceLoader", () => {
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
