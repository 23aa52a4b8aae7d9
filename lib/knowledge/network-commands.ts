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
    application: {
      powershell: [tnc(loginHost, 443), tnc(smtp.host, smtp.port)],
      openssl: [
        `openssl s_client -connect ${loginHost}:443 -servername ${loginHost}`,
        `openssl s_client -connect ${smtp.host}:${smtp.port} -starttls smtp -servername ${smtp.host}`,
      ],
    },
  };
}
