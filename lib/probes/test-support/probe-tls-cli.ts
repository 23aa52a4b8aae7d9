import "server-only";
// Runs probeTls in a fresh Node process (for NODE_EXTRA_CA_CERTS, read only at start-up).
// Usage: node --conditions=react-server --import tsx probe-tls-cli.ts <port>
import { allowedTarget } from "../targets";
import { probeTls } from "../tls";
import { testProfile } from "./fake-server";

const ev = await probeTls({ target: allowedTarget(testProfile({ imap: Number(process.argv[2]) }), "imap") });
process.stdout.write(JSON.stringify({ authorized: ev.authorized, authorizationError: ev.authorizationError ?? null }));
