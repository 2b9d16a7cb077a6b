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

    # The chat-screen scenario (issue #11): a channel's newest messages, and a message's author.
    # Newest first, as a Mesh user would ask for "the last 10" (the spec's list is oldest first).
    # The whole ListMessage page, not \`result: "messages"\`: with \`result\`, this Mesh version
    # drops the nested \`author\` link's requiredSelectionSet and FetchUser gets no arguments.
    # PageSize is a string: sourceArgs values that are not strings are silently dropped.
    extend type chat_v2_service_channel {
      messages: ListMessageResponse
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "ListMessage"
          requiredSelectionSet: "{ sid service_sid }"
          sourceArgs: { ServiceSid: "{root.service_sid}", ChannelSid: "{root.sid}", Order: "desc", PageSize: "10" }
        )
    }
    # The message's \`from\` is its author's identity, which FetchUser accepts in place of a SID.
    extend type chat_v2_service_channel_message {
      author: chat_v2_service_user
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "FetchUser"
          requiredSelectionSet: "{ service_sid from }"
          sourceArgs: { ServiceSid: "{root.service_sid}", Sid: "{root.from}" }
        )
    }

    # The inbox scenario (issue #12): a user channel's channel, and its newest message. A user channel
    # names that message only inside the URL \`links.last_message\`, which sourceArgs cannot take apart,
    # so a Mesh user would ask for the channel's newest message instead: a one-message page, newest first.
    extend type chat_v2_service_user_user_channel {
      channel: chat_v2_service_channel
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "FetchChannel"
          requiredSelectionSet: "{ service_sid channel_sid }"
          sourceArgs: { ServiceSid: "{root.service_sid}", Sid: "{root.channel_sid}" }
        )
      lastMessage: ListMessageResponse
        @resolveTo(
          sourceName: "TwilioChatV2"
          sourceTypeName: "Query"
          sourceFieldName: "ListMessage"
          requiredSelectionSet: "{ service_sid channel_sid }"
          sourceArgs: { ServiceSid: "{root.service_sid}", ChannelSid: "{root.channel_sid}", Order: "desc", PageSize: "1" }
        )
    }
  `,
});
