// Per-request DataLoaders (each made on first use within one GraphQL context, never shared across requests or
// credentials). Twilio has no fetch-many endpoint, so batching here means: each SID fetched at
// most once per operation, concurrent fetches issued in parallel, and a service's roles read in
// one list page instead of one fetch per role.

import DataLoader from "dataloader";
import {
  isNotFound,
  type BindingResource,
  type ChannelResource,
  type ChannelWebhookResource,
  type ChatApiClient,
  type CredentialResource,
  type InviteResource,
  type MemberResource,
  type MessageResource,
  type RoleResource,
  type ServiceResource,
  type UserBindingResource,
  type UserChannelResource,
  type UserResource,
} from "../chat-api/index.js";
import { CHANNEL_SID_PATTERN, MEMBER_SID_PATTERN, USER_SID_PATTERN } from "../sids.js";
import type { WalkOptions } from "./connection/connection.paginate.js";
import { ResourceLoader } from "./loader/resource.loader.js";

export interface Loaders {
  /** Service by SID; null when the upstream says 404. */
  service: DataLoader<string, ServiceResource | null>;
  /**
   * The first page of a service's roles (up to CHAT_MAX_PAGE_SIZE: every role of nearly every
   * service), by service SID. One page, not a walk: a role not on it is fetched by SID, so a role
   * lookup costs at most two requests however many roles a service has.
   */
  serviceRoles: DataLoader<string, RoleResource[]>;
  /** One role by `serviceSid/roleSid`; null when the upstream says 404. */
  role: DataLoader<string, RoleResource | null>;
  primeService(resource: ServiceResource): void;
  primeRole(resource: RoleResource): void;
  /** Channel by `(serviceSid, sid or unique name)`. */
  channel: ResourceLoader<ChannelResource>;
  /** User by `(serviceSid, sid or identity)`: a message's author, a member's user, a channel's creator. */
  user: ResourceLoader<UserResource>;
  /** Member by `(serviceSid, channelSid, sid or identity)`. */
  member: ResourceLoader<MemberResource>;
  /** Message by `(serviceSid, channelSid, sid)`. */
  message: ResourceLoader<MessageResource>;
  /** Invite by `(serviceSid, channelSid, sid)`. */
  invite: ResourceLoader<InviteResource>;
  /** Channel webhook by `(serviceSid, channelSid, sid)`. */
  channelWebhook: ResourceLoader<ChannelWebhookResource>;
  /** A user's membership as the user sees it, by `(serviceSid, userSid or identity, channelSid or unique name)`. */
  userChannel: ResourceLoader<UserChannelResource>;
  /** Push binding by `(serviceSid, sid)`, as the service or one of its users lists it. */
  binding: ResourceLoader<BindingResource | UserBindingResource>;
  /** Push credential (account level) by `(sid)`. */
  credential: ResourceLoader<CredentialResource>;
}

export function roleKey(serviceSid: string, roleSid: string): string {
  return `${serviceSid}/${roleSid}`;
}

/** Called with the loader's name each time a load is answered from its cache (for metrics). */
export type CacheHitListener = (loader: LoaderName) => void;

type LoaderName =
  | "service"
  | "serviceRoles"
  | "role"
  | "channel"
  | "user"
  | "member"
  | "message"
  | "invite"
  | "channelWebhook"
  | "userChannel"
  | "binding"
  | "credential";

export function createLoaders(client: ChatApiClient, walk: WalkOptions, onCacheHit?: CacheHitListener): Loaders {
  return new RequestLoaders(client, walk, onCacheHit);
}

/**
 * Each loader is made when the operation first uses it: most operations use two or three, and
 * making all of them for every operation cost more than the rest of a one-fetch operation's
 * context. Getters on a class, so that one operation's set costs one small object.
 */
class RequestLoaders implements Loaders {
  /** The loaders made so far (`??=` on each: nothing is built once a loader exists). */
  private readonly made: Partial<Loaders> = {};

  constructor(
    private readonly client: ChatApiClient,
    private readonly walk: WalkOptions,
    private readonly onCacheHit: CacheHitListener | undefined,
  ) {}

  private cacheMap<V>(name: LoaderName): Map<string, Promise<V>> {
    const onCacheHit = this.onCacheHit;
    return onCacheHit ? new CountingMap<V>(() => onCacheHit(name)) : new Map<string, Promise<V>>();
  }

  private named<T>(
    name: LoaderName,
    fetch: (key: readonly string[]) => Promise<T>,
    keysOf: (resource: T) => Array<readonly string[]>,
    isNameKey?: (key: readonly string[]) => boolean,
  ): ResourceLoader<T> {
    return new ResourceLoader<T>(fetch, keysOf, this.cacheMap<T | null>(name), isNameKey);
  }

  get service(): Loaders["service"] {
    return (this.made.service ??= new DataLoader<string, ServiceResource | null>(
      (sids) => Promise.all(sids.map((sid) => nullIfNotFound(this.client.fetchService(sid)))),
      { cacheMap: this.cacheMap("service") },
    ));
  }

  get role(): Loaders["role"] {
    return (this.made.role ??= new DataLoader<string, RoleResource | null>(
      (keys) =>
        Promise.all(
          keys.map((key) => {
            const [serviceSid, roleSid] = key.split("/") as [string, string];
            return nullIfNotFound(this.client.fetchRole(serviceSid, roleSid));
          }),
        ),
      { cacheMap: this.cacheMap("role") },
    ));
  }

  get serviceRoles(): Loaders["serviceRoles"] {
    return (this.made.serviceRoles ??= new DataLoader<string, RoleResource[]>(
      (serviceSids) =>
        Promise.all(
          serviceSids.map(async (serviceSid) => {
            try {
              const roles = (await this.client.listRoles(serviceSid, { PageSize: String(this.walk.maxPageSize) })).items;
              roles.forEach(this.primeRole);
              return roles;
            } catch (error) {
              return error as Error;
            }
          }),
        ),
      { cacheMap: this.cacheMap("serviceRoles") },
    ));
  }

  // Fields, not methods: list sources hand them to forEach as they are.
  readonly primeService = (resource: ServiceResource): void => void this.service.clear(resource.sid).prime(resource.sid, resource);

  readonly primeRole = (resource: RoleResource): void => void this.role.prime(roleKey(resource.service_sid, resource.sid), resource);

  get channel(): Loaders["channel"] {
    return (this.made.channel ??= this.named(
      "channel",
      ([ServiceSid, Sid]) => this.client.one("FetchChannel", { path: { ServiceSid: ServiceSid!, Sid: Sid! } }),
      (c) => optional([c.service_sid ?? "", c.sid], c.unique_name ? [c.service_sid ?? "", c.unique_name] : null),
      // A channel asked for by SID and by unique name at once is one fetch (Twilio reads a CH… value as a SID).
      ([, sidOrName]) => !CHANNEL_SID_PATTERN.test(sidOrName ?? ""),
    ));
  }

  get user(): Loaders["user"] {
    return (this.made.user ??= this.named(
      "user",
      ([ServiceSid, Sid]) => this.client.one("FetchUser", { path: { ServiceSid: ServiceSid!, Sid: Sid! } }),
      (u) => optional([u.service_sid ?? "", u.sid], u.identity ? [u.service_sid ?? "", u.identity] : null),
      // A user asked for by SID and by identity at once is one fetch (identities cannot look like user SIDs).
      ([, sidOrIdentity]) => !USER_SID_PATTERN.test(sidOrIdentity ?? ""),
    ));
  }

  get member(): Loaders["member"] {
    return (this.made.member ??= this.named(
      "member",
      ([ServiceSid, ChannelSid, Sid]) =>
        this.client.one("FetchMember", { path: { ServiceSid: ServiceSid!, ChannelSid: ChannelSid!, Sid: Sid! } }),
      (m) =>
        optional(
          [m.service_sid ?? "", m.channel_sid ?? "", m.sid],
          m.identity ? [m.service_sid ?? "", m.channel_sid ?? "", m.identity] : null,
        ),
      // A member asked for by SID and by identity at once is one fetch.
      ([, , sidOrIdentity]) => !MEMBER_SID_PATTERN.test(sidOrIdentity ?? ""),
    ));
  }

  get message(): Loaders["message"] {
    return (this.made.message ??= this.named(
      "message",
      ([ServiceSid, ChannelSid, Sid]) =>
        this.client.one("FetchMessage", { path: { ServiceSid: ServiceSid!, ChannelSid: ChannelSid!, Sid: Sid! } }),
      (m) => [[m.service_sid ?? "", m.channel_sid ?? "", m.sid]],
    ));
  }

  get invite(): Loaders["invite"] {
    return (this.made.invite ??= this.named(
      "invite",
      ([ServiceSid, ChannelSid, Sid]) =>
        this.client.one("FetchInvite", { path: { ServiceSid: ServiceSid!, ChannelSid: ChannelSid!, Sid: Sid! } }),
      (i) => [[i.service_sid ?? "", i.channel_sid ?? "", i.sid]],
    ));
  }

  get channelWebhook(): Loaders["channelWebhook"] {
    return (this.made.channelWebhook ??= this.named(
      "channelWebhook",
      ([ServiceSid, ChannelSid, Sid]) =>
        this.client.one("FetchChannelWebhook", { path: { ServiceSid: ServiceSid!, ChannelSid: ChannelSid!, Sid: Sid! } }),
      (w) => [[w.service_sid ?? "", w.channel_sid ?? "", w.sid]],
    ));
  }

  get userChannel(): Loaders["userChannel"] {
    return (this.made.userChannel ??= this.named(
      "userChannel",
      ([ServiceSid, UserSid, ChannelSid]) =>
        this.client.one("FetchUserChannel", { path: { ServiceSid: ServiceSid!, UserSid: UserSid!, ChannelSid: ChannelSid! } }),
      (c) => [[c.service_sid ?? "", c.user_sid ?? "", c.channel_sid ?? ""]],
    ));
  }

  get binding(): Loaders["binding"] {
    return (this.made.binding ??= this.named<BindingResource | UserBindingResource>(
      "binding",
      ([ServiceSid, Sid]) => this.client.one("FetchBinding", { path: { ServiceSid: ServiceSid!, Sid: Sid! } }),
      (b) => [[b.service_sid ?? "", b.sid]],
    ));
  }

  get credential(): Loaders["credential"] {
    return (this.made.credential ??= this.named(
      "credential",
      ([Sid]) => this.client.one("FetchCredential", { path: { Sid: Sid! } }),
      (c) => [[c.sid]],
    ));
  }
}

function optional(...keys: Array<readonly string[] | null>): Array<readonly string[]> {
  return keys.filter((key): key is readonly string[] => key !== null);
}

/** DataLoader's cache, counting lookups it answers (each one an upstream request saved). */
class CountingMap<V> extends Map<string, Promise<V>> {
  constructor(private readonly onHit: () => void) {
    super();
  }

  override get(key: string): Promise<V> | undefined {
    const value = super.get(key);
    if (value !== undefined) this.onHit();
    return value;
  }
}

// DataLoader takes an Error value as that key's failure; a 404 is an answer (null), not a failure.
async function nullIfNotFound<T>(request: Promise<T>): Promise<T | null | Error> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error)) return null;
    return error instanceof Error ? error : new Error(String(error));
  }
}
