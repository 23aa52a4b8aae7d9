import type { CloudProfile } from "./clouds";

export type ServerCommands = { powershell: string[]; openssl: string[] };

export function networkCommands(cloud: CloudProfile, retrieval: "imap" | "pop3"): Record<"services" | "application", ServerCommands> {
  const inbound = retrieval === "imap" ? cloud.imap : cloud.pop;
  const { smtp, loginHost } = cloud;
  const tnc = (host: string, port: number) => `Test-NetConnection ${host} -Port ${port}`;
  return {
    services: {
      powershell: [tnc(inbound.host, inbound.port), tnc(smtp.host, smtp.port), tnc(loginHost, 443)],
      openssl: [
        `openssl s_client -connect ${inbound.host}:${inbound.port} -servername ${inbound.host}`,
        `openssl s_client -connect ${smtp.host}:${smtp.port} -starttls smtp -servername ${smtp.host}`,
        `openssl s_client -connect ${loginHost}:443 -servername ${loginHost}`,
      ],
    },
    // TAC 218453: every application server needs 443, 587, 993 and 995 as well, not only the first token's 443.
    application: {
      powershell: [tnc(loginHost, 443), tnc(smtp.host, smtp.port), tnc(cloud.imap.host, cloud.imap.port), tnc(cloud.pop.host, cloud.pop.port)],
      openssl: [
        `openssl s_client -connect ${loginHost}:443 -servername ${loginHost}`,
        `openssl s_client -connect ${smtp.host}:${smtp.port} -starttls smtp -servername ${smtp.host}`,
        `openssl s_client -connect ${cloud.imap.host}:${cloud.imap.port} -servername ${cloud.imap.host}`,
        `openssl s_client -connect ${cloud.pop.host}:${cloud.pop.port} -servername ${cloud.pop.host}`,
      ],
    },
  };
}
