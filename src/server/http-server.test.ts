import { describe, expect, it } from "vitest";
import { coalesced } from "./http-server.js";

describe("coalesced (/metrics)", () => {
  it("renders once for every scrape that asks while a rendering runs, and anew after it", async () => {
    let renders = 0;
    const render = coalesced(async () => `render ${++renders}`);
    const together = await Promise.all([render(), render(), render()]);
    expect(together).toEqual(["render 1", "render 1", "render 1"]);
    expect(await render()).toBe("render 2");
  });

  it("does not keep a failed rendering", async () => {
    let fail = true;
    const render = coalesced(async () => {
      if (fail) throw new Error("collector failed");
      return "ok";
    });
    await expect(render()).rejects.toThrow("collector failed");
    fail = false;
    expect(await render()).toBe("ok");
  });
});
