// A roles cursor issued for one service's roles is accepted on another service's roles (not part of npm test).
//   node test/adversarial/cursor-replay.mjs http://127.0.0.1:4100/graphql [bearer-token]
// Needs at least two services (each has its four default roles on the emulator).
const [url = "http://127.0.0.1:4100/graphql", token] = process.argv.slice(2);
const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
const gql = async (query) => (await fetch(url, { method: "POST", headers, body: JSON.stringify({ query }) })).json();
const list = await gql("{ services(first: 2) { nodes { sid roles(first: 4) { edges { cursor node { sid } } } } } }");
const [a, b] = list.data.services.nodes;
const cursorOfA = a.roles.edges[1].cursor;
console.log("cursor payload:", Buffer.from(cursorOfA.split(".")[0], "base64url").toString());
const replay = await gql(`{ service(sid: "${b.sid}") { roles(first: 4, after: "${cursorOfA}") { edges { node { sid serviceSid } } } } }`);
console.log(
  "service B's roles:",
  b.roles.edges.map((e) => e.node.sid),
);
console.log(
  "B's roles 'after' A's cursor (expected BAD_USER_INPUT):",
  JSON.stringify(replay.errors?.map((e) => e.extensions.code) ?? replay.data.service.roles.edges.map((e) => e.node.sid)),
);
