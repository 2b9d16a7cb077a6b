// Mesh Compose config for the benchmark peer: Twilio's official Chat v2 OpenAPI spec, with its
// endpoint overridden to the benchmark's upstream (random port, so bench/systems/mesh.ts composes
// anew each run through these env variables). Plain .mjs so chatql's `tsc` never needs the peers.
import { defineConfig, loadOpenAPISubgraph } from "../peers/index.mjs";

const env = process.env;

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph("TwilioChatV2", {
        source: env.MESH_OPENAPI_SOURCE,
        endpoint: env.MESH_UPSTREAM_URL,
        // Interpolated by the gateway at request time from its own environment, so the composed
        // supergraph file holds no credential.
        operationHeaders: { Authorization: "{env.MESH_UPSTREAM_AUTHORIZATION}" },
      }),
    },
  ],
  // The spec has no links between a service and its roles; these declarative fields give Mesh
  // the same `defaultServiceRole { … }` navigation chatql has, the way a Mesh user would add it.
  additionalTypeDefs: /* GraphQL */ `
    extend type chat_v2_service {
      defaultServiceRole: chat_v2_service_role
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "FetchRole"
          requiredSelectionSet: "{ sid default_service_role_sid }"
          sourceArgs: { ServiceSid: "{root.sid}", Sid: "{root.default_service_role_sid}" }
        )
      defaultChannelRole: chat_v2_service_role
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "FetchRole"
          requiredSelectionSet: "{ sid default_channel_role_sid }"
          sourceArgs: { ServiceSid: "{root.sid}", Sid: "{root.default_channel_role_sid}" }
        )
      defaultChannelCreatorRole: chat_v2_service_role
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "FetchRole"
          requiredSelectionSet: "{ sid default_channel_creator_role_sid }"
          sourceArgs: { ServiceSid: "{root.sid}", Sid: "{root.default_channel_creator_role_sid}" }
        )
    }
  `,
});
