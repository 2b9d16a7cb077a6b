import type { BindingResource, UserBindingResource } from "../../chat-api/index.js";
import { PushService } from "../credential/credential.type.js";
import { withServiceResourceFields } from "../node/service-resource.mapper.js";
import { Binding } from "./binding.type.js";

const SERVICES: Record<string, PushService> = { apn: PushService.APN, fcm: PushService.FCM, gcm: PushService.GCM };

/** A binding as the service lists it or as one of its users does (the same resource, one id). */
export function bindingFromResource(resource: BindingResource | UserBindingResource): Binding {
  return Object.assign(withServiceResourceFields(new Binding(), "Binding", resource), {
    identity: resource.identity ?? null,
    endpoint: resource.endpoint ?? null,
    bindingType: (resource.binding_type && SERVICES[resource.binding_type]) ?? null,
    credentialSid: resource.credential_sid ?? null,
    messageTypes: resource.message_types ?? [],
  });
}
