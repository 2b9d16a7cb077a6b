import { registerEnumType } from "type-graphql";

export enum ChatEventKind {
  ADDED = "ADDED",
  UPDATED = "UPDATED",
  REMOVED = "REMOVED",
}

registerEnumType(ChatEventKind, {
  name: "ChatEventKind",
  description: "What happened to the object of a live event.",
  valuesConfig: {
    ADDED: { description: "Created (a message sent, a member added or joined, a channel created)." },
    UPDATED: { description: "Changed." },
    REMOVED: { description: "Deleted, or a member removed or left: the object is as the event described it." },
  },
});
