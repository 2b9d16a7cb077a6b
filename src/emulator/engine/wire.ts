// The shape a render function returns for a spec schema: every property of the schema present
// (the spec marks them all optional, Twilio always sends them), none other (an object literal
// with an extra property does not compile), and `links` a map of URLs (a `uri-map` in the spec).

import type { components } from "../../twilio/chat-v2.generated.js";

type Schemas = components["schemas"];

export type Wire<K extends keyof Schemas> = {
  [P in Exclude<keyof Schemas[K], "links">]-?: Schemas[K][P];
} & ("links" extends keyof Schemas[K] ? { links: Record<string, string> } : unknown);
