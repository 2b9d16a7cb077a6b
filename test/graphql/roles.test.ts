// Role management end to end, through the role editor's operations: create, replace permissions
// and delete roles, with permissions checked against the role's type before anything changes.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateRoleDocument,
  CreateUserDocument,
  DeleteRoleDocument,
  RoleEditorDocument,
  UpdateRoleDocument,
  UpdateServiceDocument,
  UserProfileDocument,
} from "../../examples/client/graphql.js";
import { dataOf, postGraphQL, startHarnessWithService, type Harness } from "./harness.js";

let harness: Harness;
let service: string;

beforeAll(async () => {
  ({ harness, service } = await startHarnessWithService({ friendlyName: "roles" }));
});
afterAll(() => harness.close());

const editor = async () => dataOf(await harness.execute(RoleEditorDocument, { service }));

describe("the role editor", () => {
  it("shows the service's roles, its defaults and the permissions each type can hold", async () => {
    const screen = await editor();
    expect(screen.service!.roles.nodes.map((role) => [role.friendlyName, role.type])).toEqual([
      ["service admin", "DEPLOYMENT"],
      ["service user", "DEPLOYMENT"],
      ["channel admin", "CHANNEL"],
      ["channel user", "CHANNEL"],
    ]);
    expect(screen.channelPermissions).toContain("sendMessage");
    expect(screen.channelPermissions).not.toContain("createChannel");
    expect(screen.deploymentPermissions).toContain("createChannel");
    expect(screen.deploymentPermissions).not.toContain("sendMessage");
    // Every default role holds only permissions its type can hold.
    for (const role of screen.service!.roles.nodes) {
      const allowed = role.type === "CHANNEL" ? screen.channelPermissions : screen.deploymentPermissions;
      expect(role.permissions.filter((permission) => !allowed.includes(permission))).toEqual([]);
    }
  });

  it("costs the service and one roles page: the permission lists need no upstream request", async () => {
    const requests = await harness.countUpstream(editor);
    expect(requests.map((request) => request.path)).toEqual([`/v2/Services/${service}`, `/v2/Services/${service}/Roles`]);
  });

  it("creates a role, replaces its permissions, gives it to a user and deletes it", async () => {
    const created = dataOf(
      await harness.execute(CreateRoleDocument, {
        input: { serviceSid: service, friendlyName: "moderator", type: "DEPLOYMENT", permissions: ["createChannel", "destroyChannel"] },
      }),
    ).createRole;
    expect(created).toMatchObject({
      userErrors: [],
      role: { friendlyName: "moderator", type: "DEPLOYMENT", permissions: ["createChannel", "destroyChannel"] },
    });
    const sid = created.role!.sid;

    const updated = dataOf(
      await harness.execute(UpdateRoleDocument, {
        input: { serviceSid: service, sid, permissions: ["joinChannel", "removeMember", "joinChannel"] },
      }),
    ).updateRole;
    expect(updated.userErrors).toEqual([]);
    expect([...updated.role!.permissions].sort()).toEqual(["joinChannel", "removeMember"]);

    await harness.execute(CreateUserDocument, { input: { serviceSid: service, identity: "mod", roleSid: sid } });
    const mod = dataOf(await harness.execute(UserProfileDocument, { service, identity: "mod" })).service!.user!;
    expect(mod.role).toMatchObject({ id: created.role!.id, friendlyName: "moderator" });

    const deleted = dataOf(await harness.execute(DeleteRoleDocument, { input: { serviceSid: service, sid } })).deleteRole;
    expect(deleted).toEqual({ userErrors: [], deletedRoleSid: sid, deletedRoleId: created.role!.id });
    expect((await editor()).service!.roles.nodes.map((role) => role.sid)).not.toContain(sid);
    // A user whose role was deleted has no role, and no error (emulator: the role_sid names nothing).
    expect(dataOf(await harness.execute(UserProfileDocument, { service, identity: "mod" })).service!.user!.role).toBeNull();
  });

  it.each([
    [
      "a channel permission on a deployment role",
      { type: "DEPLOYMENT", permissions: ["createChannel", "sendMessage"] },
      ["input", "permissions"],
      "INVALID_FORMAT",
      /"sendMessage" is not a permission of a DEPLOYMENT role/,
    ],
    [
      "a permission nobody has",
      { type: "CHANNEL", permissions: ["sendMessage", "fly"] },
      ["input", "permissions"],
      "INVALID_FORMAT",
      /"fly" is not a permission of a CHANNEL role/,
    ],
    ["no permissions", { type: "CHANNEL", permissions: [] }, ["input", "permissions"], "INVALID_FORMAT", /permissions/],
    [
      "more than 50 permissions",
      { type: "CHANNEL", permissions: Array(51).fill("sendMessage") },
      ["input", "permissions"],
      "TOO_LONG",
      /permissions/,
    ],
    [
      "a name over 64 characters",
      { type: "CHANNEL", permissions: ["sendMessage"], friendlyName: "n".repeat(65) },
      ["input", "friendlyName"],
      "TOO_LONG",
      /friendlyName/,
    ],
  ])("refuses %s before any upstream call", async (_name, input, field, code, message) => {
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(
        await harness.execute(CreateRoleDocument, { input: { serviceSid: service, friendlyName: "r", ...input } as never }),
      ).createRole;
      expect(payload.role).toBeNull();
      expect(payload.userErrors).toEqual([expect.objectContaining({ field, code, message: expect.stringMatching(message) })]);
    });
    expect(requests).toEqual([]);
  });

  it("checks new permissions against the role's own type, read first, and changes nothing when one does not fit", async () => {
    const channelUser = (await editor()).service!.roles.nodes.find((role) => role.friendlyName === "channel user")!;
    const requests = await harness.countUpstream(async () => {
      const payload = dataOf(
        await harness.execute(UpdateRoleDocument, {
          input: { serviceSid: service, sid: channelUser.sid, permissions: ["sendMessage", "createChannel"] },
        }),
      ).updateRole;
      expect(payload).toMatchObject({
        role: null,
        userErrors: [{ field: ["input", "permissions"], code: "INVALID_FORMAT", message: expect.stringMatching(/"createChannel"/) }],
      });
    });
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `GET /v2/Services/${service}/Roles/${channelUser.sid}`,
    ]);
    expect((await editor()).service!.roles.nodes.find((role) => role.sid === channelUser.sid)!.permissions).toEqual(
      channelUser.permissions,
    );
  });

  it("refuses to delete a default role until the service names another one", async () => {
    const screen = await editor();
    const channelUser = screen.service!.defaultChannelRoleSid!;
    const refused = dataOf(await harness.execute(DeleteRoleDocument, { input: { serviceSid: service, sid: channelUser } })).deleteRole;
    expect(refused).toMatchObject({ deletedRoleSid: null, userErrors: [{ field: ["input", "sid"], code: "REJECTED_BY_UPSTREAM" }] });
    expect(refused.userErrors[0]!.message).toMatch(/default/);

    const replacement = dataOf(
      await harness.execute(CreateRoleDocument, {
        input: { serviceSid: service, friendlyName: "member", type: "CHANNEL", permissions: ["sendMessage"] },
      }),
    ).createRole.role!;
    expect(
      dataOf(await harness.execute(UpdateServiceDocument, { input: { sid: service, defaultChannelRoleSid: replacement.sid } }))
        .updateService.userErrors,
    ).toEqual([]);
    const deleted = dataOf(await harness.execute(DeleteRoleDocument, { input: { serviceSid: service, sid: channelUser } })).deleteRole;
    expect(deleted).toMatchObject({ userErrors: [], deletedRoleSid: channelUser });
  });

  it("takes a role's sid for a default role in a variable of type ID!, as every other SID", async () => {
    const role = (await editor()).service!.defaultChannelRoleSid!;
    const mutation = `mutation($service: ID!, $role: ID!) {
      updateService(input: { sid: $service, defaultChannelRoleSid: $role }) { service { defaultChannelRoleSid } userErrors { code } }
    }`;
    const response = await postGraphQL(harness.chatql.graphqlUrl, mutation, { service, role });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ updateService: { service: { defaultChannelRoleSid: role }, userErrors: [] } });
  });

  it("updating or deleting a role that does not exist is NOT_FOUND", async () => {
    const missing = "RL" + "0".repeat(32);
    const update = await harness.execute(UpdateRoleDocument, {
      input: { serviceSid: service, sid: missing, permissions: ["sendMessage"] },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const remove = await harness.execute(DeleteRoleDocument, { input: { serviceSid: service, sid: missing } });
    expect(remove.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("sees its own changes within one operation: a role read before an update reads new after it", async () => {
    const role = dataOf(
      await harness.execute(CreateRoleDocument, {
        input: { serviceSid: service, friendlyName: "editor", type: "DEPLOYMENT", permissions: ["createChannel"] },
      }),
    ).createRole.role!;
    await harness.execute(CreateUserDocument, { input: { serviceSid: service, identity: "ed", roleSid: role.sid } });
    const touch = (alias: string) =>
      `${alias}: updateUser(input: { serviceSid: "${service}", sid: "ed", friendlyName: "${alias}" }) { user { role { permissions } } }`;
    const response = await postGraphQL<Record<string, { user?: { role: { permissions: string[] } } }>, never>(
      harness.chatql.graphqlUrl,
      `mutation { ${touch("before")} ` +
        `change: updateRole(input: { serviceSid: "${service}", sid: "${role.sid}", permissions: ["joinChannel"] }) { role { sid } } ` +
        `${touch("after")} }`,
    );
    const data = dataOf(response);
    expect(data.before!.user!.role.permissions).toEqual(["createChannel"]);
    expect(data.after!.user!.role.permissions).toEqual(["joinChannel"]);
  });
});
