import { describe, expect, it } from "vitest";
import { type CloudProfile, cloudProfiles } from "./clouds";
import { networkCommands, networkPaths } from "./network-commands";

const withPortedLogin: CloudProfile = {
  ...cloudProfiles.worldwide,
  id: "sim",
  loginHost: "login.sim.test:19801",
  imap: { host: "outlook.sim.test", port: 19993, confirmed: true },
};

describe("network step: one source for the table and the commands", () => {
  it("splits a login host that carries its own port", () => {
    const login = networkPaths(withPortedLogin, "imap").filter(
      (path) => path.purpose === "token-refresh" || path.purpose === "first-token",
    );
    expect(login.map((path) => `${path.host}:${path.port}`)).toEqual(["login.sim.test:19801", "login.sim.test:19801"]);
    const commands = networkCommands(withPortedLogin, "imap");
    expect(commands.services.powershell).toContain("Test-NetConnection login.sim.test -Port 19801");
    expect(commands.services.powershell).toContain("Test-NetConnection outlook.sim.test -Port 19993");
    expect(commands.services.openssl.join("\n")).not.toContain(":19801:");
  });

  it.each(
    Object.values(cloudProfiles).flatMap((profile) =>
      (["imap", "pop3"] as const).map((retrieval) => [profile.id, retrieval, profile] as const),
    ),
  )(
    "%s (%s): every command tests a host and port of the table, and every row has its command",
    (_id, retrieval, profile) => {
      const paths = networkPaths(profile, retrieval);
      const commands = networkCommands(profile, retrieval);
      for (const server of ["services", "application"] as const) {
        const rows = paths
          .filter((path) => path.server === server)
          .map((path) => `Test-NetConnection ${path.host} -Port ${path.port}`);
        expect(commands[server].powershell).toEqual(rows);
      }
      expect(paths.find((path) => path.purpose === "first-token")?.port).toBe(443);
    },
  );
});
