// The wizard's production server: Next.js behind a plain node:http listener, so that the API can count each client by
// its socket address (Next's own server keeps a client's X-Forwarded-For as it came, so from inside a route the
// socket address is lost when a client sends one). Usage: node scripts/server.mjs [-p port] [-H host]; PORT and HOST too.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const argument = (flag) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
};
const port = Number(argument("-p") ?? process.env.PORT ?? 3000);
const hostname = argument("-H") ?? process.env.HOST ?? "127.0.0.1";

// Only this process knows the nonce, so a client cannot write the header itself (lib/api/rate-limit.ts reads it).
const nonce = randomBytes(16).toString("hex");
globalThis[Symbol.for("ece-oauth-doctor.peer-nonce")] = nonce;

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  request.headers["x-ece-doctor-peer"] = `${nonce} ${request.socket.remoteAddress ?? ""}`;
  handle(request, response).catch(() => {
    if (!response.headersSent) response.writeHead(500).end();
    else response.destroy();
  });
});
// A request whose headers or body never finish is closed (the API also answers 408 after 10 s of waiting for a body).
server.headersTimeout = 15_000;
server.requestTimeout = 30_000;
server.listen(port, hostname, () => console.log(`ECE OAuth Doctor on http://${hostname}:${server.address().port}`));
