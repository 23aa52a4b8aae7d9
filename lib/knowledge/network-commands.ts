import type { CloudProfile } from "./clouds";

export type ServerCommands = { powershell: string[]; openssl: string[] };
export type NetworkServer = "services" | "application";
export type NetworkPurpose =
  | "retrieval-imap"
  | "retrieval-pop3"
  | "sending"
  | "token-refresh"
  | "first-token"
  | "alarms"
  | "tac-imap"
  | "tac-pop3";
export type NetworkPath = {
  server: NetworkServer;
  purpose: NetworkPurpose;
  host: string;
  port: number;
  confirmed: boolean;
  tls: "implicit" | "starttls";
};

// A profile's login host may carry its own port ("login.example:8443"); without one it is 443.
export function splitHostPort(value: string, defaultPort: number): { host: string; port: number } {
  const match = /^(.*?)(?::(\d{1,5}))?$/.exec(value.trim());
  return { host: match?.[1] ?? value, port: match?.[2] === undefined ? defaultPort : Number(match[2]) };
}

/** Which server must reach which host and port: the one source of the network step's table and its commands. */
export function networkPaths(cloud: CloudProfile, retrieval: "imap" | "pop3"): NetworkPath[] {
  const inbound = retrieval === "imap" ? cloud.imap : cloud.pop;
  const login = { ...splitHostPort(cloud.loginHost, 443), confirmed: true };
  const smtp = cloud.smtp;
  return [
    {
      server: "services",
      purpose: retrieval === "imap" ? "retrieval-imap" : "retrieval-pop3",
      ...inbound,
      tls: "implicit",
    },
    { server: "services", purpose: "sending", ...smtp, tls: "starttls" },
    { server: "services", purpose: "token-refresh", ...login, tls: "implicit" },
    { server: "application", purpose: "first-token", ...login, tls: "implicit" },
    { server: "application", purpose: "alarms", ...smtp, tls: "starttls" },
    // TAC 218453: every application server needs 993 and 995 as well, not only the first token's 443 and 587.
    { server: "application", purpose: "tac-imap", ...cloud.imap, tls: "implicit" },
    { server: "application", purpose: "tac-pop3", ...cloud.pop, tls: "implicit" },
  ];
}

export function networkCommands(
  cloud: CloudProfile,
  retrieval: "imap" | "pop3",
): Record<NetworkServer, ServerCommands> {
  const paths = networkPaths(cloud, retrieval);
  const commandsFor = (server: NetworkServer): ServerCommands => {
    const mine = paths.filter((path) => path.server === server);
    return {
      powershell: mine.map((path) => `Test-NetConnection ${path.host} -Port ${path.port}`),
      openssl: mine.map(
        (path) =>
          `openssl s_client -connect ${path.host}:${path.port}${path.tls === "starttls" ? " -starttls smtp" : ""} -servername ${path.host}`,
      ),
    };
  };
  return { services: commandsFor("services"), application: commandsFor("application") };
}
