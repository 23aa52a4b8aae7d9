import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeServer, startFake } from "./test-support/fake-server";
import { makeTestPki } from "./test-support/pki";

const cli = fileURLToPath(new URL("./test-support/probe-tls-cli.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

let server: FakeServer;
let dir: string;
let caFile: string;
beforeAll(async () => {
  const pki = makeTestPki();
  server = await startFake({ tls: { key: pki.leaf.key, cert: pki.leaf.cert }, handler: () => undefined });
  dir = mkdtempSync(path.join(tmpdir(), "ece-doctor-ca-"));
  caFile = path.join(dir, "ca.pem");
  writeFileSync(caFile, pki.ca.cert);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function probeInChild(env: NodeJS.ProcessEnv): Promise<{ authorized: boolean; authorizationError: string | null }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", cli, String(server.port)],
      { cwd: root, env, timeout: 15_000 },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    );
  });
}

describe("trust store", () => {
  it("honours NODE_EXTRA_CA_CERTS (the probe never replaces Node's CA list in production)", async () => {
    const { NODE_EXTRA_CA_CERTS: _ignored, ...base } = process.env;
    const [without, withCa] = await Promise.all([
      probeInChild(base),
      probeInChild({ ...base, NODE_EXTRA_CA_CERTS: caFile }),
    ]);
    expect(without).toEqual({ authorized: false, authorizationError: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
    expect(withCa).toEqual({ authorized: true, authorizationError: null });
  }, 20_000);
});
