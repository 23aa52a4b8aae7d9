// --rtt-ms: a round trip as from Europe to Microsoft, on loopback. Each TCP listener of the simulator sits behind a
// proxy that holds every chunk half the round trip in each direction, so each exchange (a TLS flight, a command and
// its reply, an HTTP request) costs one round trip, as it would over the Internet; the DNS server answers after one.
import { connect, createServer, type Server, type Socket } from "node:net";
import type { SocketRegistry } from "./line-conn";

function relay(from: Socket, to: Socket, delayMs: number): void {
  from.on("data", (chunk: Buffer) => {
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, delayMs);
  });
  from.on("end", () => setTimeout(() => to.end(), delayMs));
  from.on("close", () => setTimeout(() => to.destroy(), delayMs));
}

/** A listener for `port` that forwards each connection to 127.0.0.1:`targetPort`, each way after rttMs / 2. */
export function latencyProxy(targetPort: number, rttMs: number, registry: SocketRegistry): Server {
  const half = rttMs / 2;
  // Half-open allowed on both legs: a client that ends its side still gets what the server sends back in flight.
  return createServer({ allowHalfOpen: true }, (client) => {
    registry.track(client);
    client.setNoDelay(true);
    const upstream = connect({ host: "127.0.0.1", port: targetPort, allowHalfOpen: true });
    registry.track(upstream);
    upstream.setNoDelay(true);
    relay(client, upstream, half);
    relay(upstream, client, half);
  });
}
