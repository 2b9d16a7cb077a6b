// Slow clients against chatql's HTTP port (not part of npm test).
//   node test/adversarial/slowloris.mjs PORT N MODE SECONDS [TOKEN]
// MODE headers: send a request line and one header line every 5 s, never finishing the headers.
// MODE body: finish the headers (with the bearer TOKEN), announce a 90 KB body, send one byte every 5 s.
// Reports every 5 s how many of the N sockets the server still holds open, and a normal request's latency.
import { connect } from "node:net";
const [port, n, mode, seconds, token = ""] = process.argv.slice(2);
let open = 0;
const sockets = [];
for (let i = 0; i < Number(n); i++) {
  const s = connect(Number(port), "127.0.0.1");
  s.on("connect", () => {
    open++;
    if (mode === "headers") s.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
    else
      s.write(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 90000\r\n\r\n{`,
      );
  });
  s.on("close", () => open--);
  s.on("error", () => {});
  s.on("data", () => {});
  sockets.push(s);
}
const tick = setInterval(async () => {
  for (const s of sockets) if (!s.destroyed) s.write(mode === "headers" ? "X-a: b\r\n" : " ");
  const t0 = performance.now();
  let status = "error";
  try {
    status = (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) })).status;
  } catch {}
  console.log(
    JSON.stringify({ t: Math.round(process.uptime()), stillOpen: open, healthz: status, healthzMs: Math.round(performance.now() - t0) }),
  );
}, 5000);
setTimeout(
  () => {
    clearInterval(tick);
    for (const s of sockets) s.destroy();
    process.exit(0);
  },
  Number(seconds) * 1000,
);
