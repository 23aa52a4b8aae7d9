// The health check is what Playwright waits for before it starts the tool, and the tool reads NODE_EXTRA_CA_CERTS
// (ca.pem) once, at its start. CI runs on a fresh checkout with no ca.pem from an earlier run: a health check that
// answered before ca.pem was written let the tool start without trusting the simulator, and every live check failed.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:https";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { loadScenario } from "./load-scenario";
import { portLayout, type RunningSimulator, startSimulator } from "./simulator";
import { defaultScenarioPath, testPkiFile } from "./test-support";

const basePort = 19850;
const dir = mkdtempSync(join(tmpdir(), "ece-sim-ready-"));
let sim: RunningSimulator | undefined;

afterAll(async () => {
  await sim?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const call = request(
      { host: "127.0.0.1", port, path: "/sim/health", rejectUnauthorized: false, timeout: 1000 },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      },
    );
    call.on("error", () => resolve(false));
    call.on("timeout", () => call.destroy());
    call.end();
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

it("answers its health check only once ca.pem and clouds.json are written and every server listens", async () => {
  const ports = portLayout(basePort);
  let started = false;
  const starting = startSimulator({
    scenario: loadScenario(defaultScenarioPath),
    basePort,
    dir,
    pkiFile: testPkiFile,
  }).then((running) => {
    sim = running;
    started = true;
  });
  let seen: { ca: boolean; clouds: boolean } | undefined;
  while (!started) {
    if (await healthy(ports.entra)) {
      seen = { ca: existsSync(join(dir, "ca.pem")), clouds: existsSync(join(dir, "clouds.json")) };
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await starting;
  expect(seen ?? { ca: true, clouds: true }).toEqual({ ca: true, clouds: true });
  expect(
    await Promise.all([ports.imap, ports.pop, ports.smtp, ports.otherEntra, ports.hostile.silent.imap].map(accepts)),
  ).toEqual([true, true, true, true, true]);
}, 30_000);
