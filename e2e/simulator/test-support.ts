// Shared set-up for the simulator's own tests: the default scenario in a temporary directory on a given base port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario } from "./load-scenario";
import { type RunningSimulator, startSimulator } from "./simulator";

export const defaultScenarioPath = join(dirname(fileURLToPath(import.meta.url)), "scenarios/default.json");

export * from "./scenario-ids";

/** One PKI shared by the test files (and later runs): saves the RSA key generation. */
export const testPkiFile = join(tmpdir(), "ece-oauth-doctor-simulator-test-pki.json");

export async function startTestSimulator(basePort: number): Promise<RunningSimulator & { cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "ece-sim-"));
  const sim = await startSimulator({
    scenario: loadScenario(defaultScenarioPath),
    basePort,
    dir,
    pkiFile: testPkiFile,
  });
  return Object.assign(sim, {
    cleanup: async () => {
      await sim.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** The "sim" profile with its mail endpoints confirmed, and the probes' resolver and trust for this simulator. */
export function probeSetup(sim: RunningSimulator) {
  const found = sim.profiles.find((item) => item.id === "sim");
  if (!found) throw new Error("no sim profile");
  const profile = {
    ...found,
    imap: { ...found.imap, confirmed: true },
    pop: { ...found.pop, confirmed: true },
    smtp: { ...found.smtp, confirmed: true },
  };
  return { profile, deps: { extraCa: [sim.caCertPem], dnsServers: [sim.dnsServer] } };
}
