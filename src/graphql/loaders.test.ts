import { describe, expect, it } from "vitest";
import type { ChatApiClient, ResourcePage, RoleResource, ServiceResource } from "../chat-api/index.js";
import { ChatApiError } from "../chat-api/index.js";
import { CursorCodec } from "./connection/cursor.codec.js";
import { createContext } from "./context.js";
import { servicesSource } from "./service/service.source.js";

const WALK = { maxPageSize: 100, maxPages: 50, cursors: new CursorCodec(null, 100) };
const sid = (n: number) => "IS" + String(n).padStart(32, "0");
const service = (n: number) => ({ sid: sid(n), friendly_name: `s${n}` }) as ServiceResource;
const role = (serviceSid: string, n: number) => ({ sid: "RL" + String(n).padStart(32, "0"), service_sid: serviceSid }) as RoleResource;

/** A client double that records which calls were made. */
function recordingClient() {
  const calls: string[] = [];
  const client = {
    async listServices(): Promise<ResourcePage<ServiceResource>> {
      calls.push("listServices");
      return { items: [service(1), service(2)], query: {}, nextQuery: null, previousQuery: null };
    },
    async fetchService(s: string) {
      calls.push(`fetchService ${s}`);
      if (s === sid(404))
        throw new ChatApiError({ kind: "http", status: 404, twilioCode: 20404, message: "not found", route: "GET /v2/Services/{Sid}" });
      return service(Number(s.slice(2)));
    },
    async listRoles(serviceSid: string): Promise<ResourcePage<RoleResource>> {
      calls.push(`listRoles ${serviceSid}`);
      return { items: [role(serviceSid, 1), role(serviceSid, 2)], query: {}, nextQuery: null, previousQuery: null };
    },
    async fetchRole(serviceSid: string, roleSid: string) {
      calls.push(`fetchRole ${roleSid}`);
      return role(serviceSid, Number(roleSid.slice(2)));
    },
  };
  return { calls, client: client as unknown as ChatApiClient };
}

describe("per-request loaders", () => {
  it("a listed service primes the service loader", async () => {
    const { calls, client } = recordingClient();
    const context = createContext(client, WALK);
    await servicesSource(context).fetchPage({ PageSize: "2" });
    expect(await context.loaders.service.load(sid(2))).toMatchObject({ friendly_name: "s2" });
    expect(calls).toEqual(["listServices"]);
  });

  it("fetches a SID once however often it is asked for, and concurrent SIDs together", async () => {
    const { calls, client } = recordingClient();
    const { loaders } = createContext(client, WALK);
    await Promise.all([loaders.service.load(sid(1)), loaders.service.load(sid(1)), loaders.service.load(sid(3))]);
    await loaders.service.load(sid(1));
    expect(calls).toEqual([`fetchService ${sid(1)}`, `fetchService ${sid(3)}`]);
  });

  it("answers null for a service the upstream does not have", async () => {
    const { client } = recordingClient();
    const { loaders } = createContext(client, WALK);
    expect(await loaders.service.load(sid(404))).toBeNull();
  });

  it("a service's roles list primes the role loader", async () => {
    const { calls, client } = recordingClient();
    const { loaders } = createContext(client, WALK);
    const roles = await loaders.serviceRoles.load(sid(1));
    expect(await loaders.role.load(`${sid(1)}/${roles[1]!.sid}`)).toBe(roles[1]);
    expect(calls).toEqual([`listRoles ${sid(1)}`]);
  });

  it("never shares a cache between two requests", async () => {
    const { calls, client } = recordingClient();
    await createContext(client, WALK).loaders.service.load(sid(1));
    await createContext(client, WALK).loaders.service.load(sid(1));
    expect(calls).toEqual([`fetchService ${sid(1)}`, `fetchService ${sid(1)}`]);
  });
});
