"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { docLink } from "@/lib/catalogue/docs";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { networkCommands, networkPaths } from "@/lib/knowledge/network-commands";

export function NetworkPlan({ cloud, retrieval }: { cloud: CloudProfile; retrieval: "imap" | "pop3" }) {
  const { locale, t } = useI18n();
  const text = t.steps.network;
  // The table and the commands come from the same paths, so their hosts and ports always agree.
  const paths = networkPaths(cloud, retrieval);
  const anyUnconfirmed = paths.some((path) => !path.confirmed);
  const commands = networkCommands(cloud, retrieval);

  return (
    <div className="space-y-6">
      {/* Focusable and named so that keyboard users can scroll the table on small screens. */}
      <section className="overflow-x-auto" tabIndex={0} aria-labelledby="network-table-caption">
        <table className="w-full min-w-[28rem] border-collapse text-left text-sm">
          <caption id="network-table-caption" className="mb-2 text-left text-lg font-bold">
            {text.tableCaption}
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {text.server}
              </th>
              <th scope="col" className="py-2 pr-4">
                {text.purpose}
              </th>
              <th scope="col" className="py-2">
                {text.destination}
              </th>
            </tr>
          </thead>
          <tbody>
            {paths.map((path) => (
              <tr key={path.server + path.purpose} className="border-b border-line" data-testid="network-path">
                <td className="py-2 pr-4">{text.serverNames[path.server]}</td>
                <td className="py-2 pr-4">{text.purposes[path.purpose]}</td>
                <td className="py-2 font-mono" data-destination={`${path.host}:${path.port}`}>
                  {path.host}
                  {path.confirmed ? "" : "*"}:{path.port} ({text.tlsNames[path.tls]})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyUnconfirmed ? <p className="mt-2 text-sm text-muted">{text.unconfirmedHost}</p> : null}
        <p className="mt-2">
          <a
            href={docLink("cisco-ece-install-guides", locale).url}
            target="_blank"
            rel="noreferrer"
            data-testid="install-guide"
          >
            {text.installGuide}
          </a>
        </p>
      </section>
      <div>
        <h2 className="mb-2 text-lg font-bold">{text.commandsHeading}</h2>
        {(["services", "application"] as const).map((server) => (
          <div key={server} className="mb-4">
            <h3 className="font-semibold">{text.serverNames[server]}</h3>
            <p className="mt-1 text-sm">{text.windows}</p>
            <pre
              className="overflow-x-auto bg-slate-100 p-3 text-sm"
              tabIndex={0}
              data-testid={`network-powershell-${server}`}
            >
              {commands[server].powershell.join("\n")}
            </pre>
            <p className="mt-1 text-sm">{text.openssl}</p>
            <pre className="overflow-x-auto bg-slate-100 p-3 text-sm" tabIndex={0}>
              {commands[server].openssl.join("\n")}
            </pre>
          </div>
        ))}
      </div>
      <div>
        <h2 className="mb-2 text-lg font-bold">{text.rcaHeading}</h2>
        <p>
          <a href="https://testconnectivity.microsoft.com/" target="_blank" rel="noreferrer">
            {text.rcaLink}
          </a>
          {" – "}
          {text.rca}
        </p>
      </div>
    </div>
  );
}
