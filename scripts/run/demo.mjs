// npm run demo: the Microsoft 365 simulator and the wizard (production build, rebuilt only when stale) pointed at
// it, both on 127.0.0.1. Ctrl-C stops both. PORT (3000) moves the wizard, SIM_BASE_PORT (19400, uses base..base+41)
// the simulator.
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ensureBuild, ensureDeps, fail, root, startTool, stop } from "./common.mjs";

ensureDeps();
ensureBuild();

const port = process.env.PORT ?? "3000";
const simBase = Number(process.env.SIM_BASE_PORT ?? "19400");
const simDir = join(root, ".sim");
const login = `login.sim.test:${simBase + 1}`;
const tenant = "11111111-1111-4111-8111-111111111111";
const app = "22222222-2222-4222-8222-222222222222";
const secret = "sim-valid-secret-value-0123456789abcdef";
mkdirSync(simDir, { recursive: true });

const children = [];
let stopping = false;
const stopAll = () => {
  stopping = true;
  for (const child of children) stop(child);
  process.stderr.write("Stopped the wizard and the simulator.\n");
};
process.on("SIGINT", () => (stopAll(), process.exit(0)));
process.on("SIGTERM", () => (stopAll(), process.exit(0)));

function start(what, tool, args, log, env = process.env) {
  const out = createWriteStream(log);
  const child = startTool(tool, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.on("exit", (code) => {
    if (!stopping) {
      stopAll();
      fail(`${what} stopped (${code}); see ${log}`);
    }
  });
  children.push(child);
  return child;
}

// 60 s at most for each to be ready.
async function waitUntil(what, ready) {
  for (let tries = 0; tries < 120; tries++) {
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stopAll();
  fail(`${what} did not start within 60 s.`);
}

const simLog = join(simDir, "demo-simulator.log");
start("The simulator", "tsx", ["e2e/simulator/cli.ts", "--dir", simDir, "--base-port", String(simBase)], simLog);
await waitUntil("The simulator", async () => /^Ready\./m.test(readFileSync(simLog, "utf8")));

const wizardLog = join(simDir, "demo-wizard.log");
start("The wizard", "server", ["-p", port, "-H", "127.0.0.1"], wizardLog, {
  ...process.env,
  NODE_EXTRA_CA_CERTS: join(simDir, "ca.pem"),
  ECE_DOCTOR_CLOUDS_FILE: join(simDir, "clouds.json"),
  ECE_DOCTOR_DNS_SERVERS: `127.0.0.1:${simBase}`,
});
await waitUntil("The wizard", async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok);

const profiles = JSON.parse(readFileSync(join(simDir, "clouds.json"), "utf8"))
  .map((profile) => profile.id)
  .join(", ");
const curl = `curl -s --cacert ${join(simDir, "ca.pem")} --resolve ${login}:127.0.0.1`;
process.stdout.write(`
ECE OAuth Doctor against the Microsoft 365 simulator (everything on 127.0.0.1)

  Wizard      http://127.0.0.1:${port}/en   (log: ${wizardLog})
  Simulator   https://${login}, DNS 127.0.0.1:${simBase}/udp   (log: ${simLog})
  Profiles    ${profiles}
              (the value of azure.cloud; sim is healthy, each sim-<behaviour> misbehaves one way)

  Healthy case file   e2e/simulator/demo-case.json   (import it on http://127.0.0.1:${port}/en/import)
    tenant ${tenant} (contoso), app ${app}, cloud sim,
    mailboxes support@contoso.sim.test and sales@contoso.sim.test; every user's password is sim-user-password
  Client secret       ${secret}

  An access token for support@contoso.sim.test (password grant):
    ${curl} https://${login}/${tenant}/oauth2/v2.0/token \\
      -d grant_type=password -d client_id=${app} -d client_secret=${secret} \\
      -d username=support@contoso.sim.test -d password=sim-user-password \\
      --data-urlencode 'scope=https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send'
  Any token, odd ones included (see MintTokenOptions in e2e/simulator/tokens.ts):
    ${curl} https://${login}/sim/mint --data-urlencode 'options={"upn":"support@contoso.sim.test","expired":true}'

  The same from the command line (the variables of ${join(simDir, "env.sh")}):
    ECE_DOCTOR_CLIENT_SECRET=${secret} ECE_DOCTOR_ACCESS_TOKEN=<token> npm run doctor -- e2e/simulator/demo-case.json
  Or with the probe for the ECE servers (npm run build:probe first):
    node dist/probe/ece-oauth-doctor-probe.cjs --case e2e/simulator/demo-case.json --role services

Ctrl-C stops both.
`);
