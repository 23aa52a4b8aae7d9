// The simulator's DNS, its files (ca.pem, clouds.json), and @azure/msal-node 7.2.3 acquiring tokens against it through a
// network client that resolves names with the simulator's DNS.

import { promises as dnsPromises } from "node:dns";
import { readFileSync } from "node:fs";
import { request } from "node:https";
import {
  ConfidentialClientApplication,
  CryptoProvider,
  InteractionRequiredAuthError,
  ServerError,
} from "@azure/msal-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DnsNetworkClient, dnsLookup } from "./dns-network-client";
import type { CloudProfile } from "./simulator";
import { CONTOSO, ECE_APP, ECE_APP_SECRET, ECE_REDIRECT, startTestSimulator } from "./test-support";
import { decodeJwtPayload } from "./tokens";

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
let sim: Sim;

beforeAll(async () => {
  sim = await startTestSimulator(19600);
}, 20_000);
afterAll(async () => {
  await sim.cleanup();
});

function resolver(): dnsPromises.Resolver {
  const r = new dnsPromises.Resolver({ timeout: 1000, tries: 1 });
  r.setServers([sim.dnsServer]);
  return r;
}

describe("DNS", () => {
  it("answers A 127.0.0.1 for sim.test names (any case, any depth)", async () => {
    const r = resolver();
    for (const name of [
      "outlook.sim.test",
      "login.sim.test",
      "smtp.sim.test",
      "sim.test",
      "Outlook-Silent.SIM.test",
      "sts.fabrikam.sim.test",
    ]) {
      expect(await r.resolve4(name)).toEqual(["127.0.0.1"]);
    }
  });

  it("answers NXDOMAIN under nx.sim.test and for any other name, NODATA for AAAA", async () => {
    const r = resolver();
    for (const name of ["outlook.nx.sim.test", "nx.sim.test", "outlook.office365.invalid", "sim.test.invalid"]) {
      await expect(r.resolve4(name)).rejects.toMatchObject({ code: "ENOTFOUND" });
    }
    await expect(r.resolve6("outlook.sim.test")).rejects.toMatchObject({ code: "ENODATA" });
  });
});

describe("files", () => {
  it("writes ca.pem and clouds.json in the tool's ECE_DOCTOR_CLOUDS_FILE shape", () => {
    expect(readFileSync(sim.caCertPath, "utf8")).toContain("-----BEGIN CERTIFICATE-----");
    const clouds = JSON.parse(readFileSync(sim.cloudsFilePath, "utf8")) as CloudProfile[];
    expect(clouds.map((c) => c.id)).toEqual([
      "sim",
      "sim-closed",
      "sim-silent",
      "sim-garbage",
      "sim-huge-line",
      "sim-close-mid-handshake",
      "sim-untrusted-cert",
      "sim-expired-cert",
      "sim-wrong-name-cert",
      "sim-tls-1.1",
      "sim-no-starttls",
      "sim-nxdomain",
      "sim-black-hole",
      "sim-unreachable",
      "sim-addr-metadata",
      "sim-addr-mapped-metadata",
      "sim-addr-unspecified",
      "sim-addr-aws-metadata-v6",
      "sim-addr-wireserver",
      "sim-addr-nat64-metadata",
      "sim-addr-alibaba-metadata",
      "sim-other-cloud",
    ]);
    expect(clouds[0]).toEqual({
      id: "sim",
      label: "Simulator",
      loginHost: "login.sim.test:19601",
      imap: { host: "outlook.sim.test", port: 19602 },
      pop: { host: "outlook.sim.test", port: 19603 },
      smtp: { host: "smtp.sim.test", port: 19604 },
      outlookResource: "https://outlook.office.com",
      allowPrivateAddresses: true,
    });
    for (const c of clouds) {
      expect(Object.keys(c).sort()).toEqual([
        "allowPrivateAddresses",
        "id",
        "imap",
        "label",
        "loginHost",
        "outlookResource",
        "pop",
        "smtp",
      ]);
      // The second cloud has its own Entra (base+41): the first cloud's tenants are unknown there.
      const addr = /^sim-addr-(.+)$/.exec(c.id)?.[1];
      expect(c.loginHost).toBe(
        c.id === "sim-other-cloud"
          ? "login-other-cloud.sim.test:19641"
          : addr
            ? `login.${addr}.addr.sim.test:19601`
            : "login.sim.test:19601",
      );
    }
    expect(sim.env).toEqual({
      NODE_EXTRA_CA_CERTS: sim.caCertPath,
      ECE_DOCTOR_CLOUDS_FILE: sim.cloudsFilePath,
      ECE_DOCTOR_DNS_SERVERS: "127.0.0.1:19600",
    });
  });
});

describe("msal-node against the simulator", () => {
  const authority = () => `https://${sim.loginHost}/${CONTOSO}`;
  const app = (net: DnsNetworkClient, extra: { clientSecret?: string; authority?: string } = {}) =>
    new ConfidentialClientApplication({
      auth: {
        clientId: ECE_APP,
        clientSecret: extra.clientSecret ?? ECE_APP_SECRET,
        authority: extra.authority ?? authority(),
        knownAuthorities: [sim.loginHost],
      },
      system: { networkClient: net },
    });
  const net = () => new DnsNetworkClient({ dnsServers: [sim.dnsServer], ca: sim.caCertPem });

  it("acquires a client-credentials token (then from the cache)", async () => {
    const n = net();
    const cca = app(n);
    const r = await cca.acquireTokenByClientCredential({ scopes: ["https://outlook.office365.com/.default"] });
    expect(r?.accessToken).toBeTruthy();
    expect(decodeJwtPayload(r?.accessToken ?? "")).toMatchObject({
      aud: "https://outlook.office365.com",
      appid: ECE_APP,
      tid: CONTOSO,
    });
    expect(n.transcript.map((t) => `${t.method} ${new URL(t.url).pathname} ${t.status}`)).toEqual([
      `GET /${CONTOSO}/v2.0/.well-known/openid-configuration 200`,
      `POST /${CONTOSO}/oauth2/v2.0/token 200`,
    ]);
    expect(n.transcript[1]?.requestBody).toContain("client_secret=***");
    const again = await cca.acquireTokenByClientCredential({ scopes: ["https://outlook.office365.com/.default"] });
    expect(again?.fromCache).toBe(true);
  });

  it("surfaces AADSTS7000215 as a ServerError with errorNo", async () => {
    const err = await app(net(), { clientSecret: "33333333-3333-4333-8333-333333333333" })
      .acquireTokenByClientCredential({ scopes: ["https://outlook.office365.com/.default"] })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(ServerError);
    const e = err as ServerError;
    expect(e.errorCode).toBe("invalid_client");
    expect(Number(e.errorNo)).toBe(7000215);
    expect(e.errorMessage).toMatch(/AADSTS7000215: Invalid client secret provided\./);
  });

  it("runs authorization code + PKCE (authorize answered by the simulator's stand-in sign-in)", async () => {
    const n = net();
    const cca = app(n);
    const { verifier, challenge } = await new CryptoProvider().generatePkceCodes();
    const scopes = ["https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send"];
    const url = await cca.getAuthCodeUrl({
      scopes,
      redirectUri: ECE_REDIRECT,
      codeChallenge: challenge,
      codeChallengeMethod: "S256",
      loginHint: "support@contoso.sim.test",
    });
    const location = await new Promise<string>((resolve, reject) => {
      request(url, { lookup: dnsLookup([sim.dnsServer]), ca: sim.caCertPem }, (res) => {
        res.resume();
        resolve(String(res.headers.location));
      })
        .on("error", reject)
        .end();
    });
    const code = new URL(location).searchParams.get("code") ?? "";
    const r = await cca.acquireTokenByCode({ code, scopes, redirectUri: ECE_REDIRECT, codeVerifier: verifier });
    expect(r.account?.username).toBe("support@contoso.sim.test");
    expect(decodeJwtPayload(r.accessToken)).toMatchObject({
      aud: "https://outlook.office.com",
      scp: "IMAP.AccessAsUser.All SMTP.Send",
    });
  });

  it("surfaces AADSTS50076 on refresh as InteractionRequiredAuthError", async () => {
    const rt = sim.mintRefreshToken({ tenant: CONTOSO, clientId: ECE_APP, upn: "mfa@contoso.sim.test" });
    const err = await app(net())
      .acquireTokenByRefreshToken({ refreshToken: rt, scopes: ["https://outlook.office.com/IMAP.AccessAsUser.All"] })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(InteractionRequiredAuthError);
    expect(Number((err as InteractionRequiredAuthError).errorNo)).toBe(50076);
    expect((err as InteractionRequiredAuthError).subError).toBe("basic_action");
  });

  it("keeps the real cause when the name does not resolve or the CA is not trusted", async () => {
    const n1 = net();
    const e1 = await app(n1, { authority: `https://login.nx.sim.test:${sim.ports.entra}/${CONTOSO}` })
      .acquireTokenByClientCredential({ scopes: ["https://outlook.office365.com/.default"] })
      .then(
        () => null,
        (e: unknown) => e as { errorCode?: string },
      );
    expect(e1?.errorCode).toBe("endpoints_resolution_error");
    expect(n1.lastError?.code).toBe("ENOTFOUND");
    const n2 = new DnsNetworkClient({ dnsServers: [sim.dnsServer] });
    await app(n2)
      .acquireTokenByClientCredential({ scopes: ["https://outlook.office365.com/.default"] })
      .catch(() => undefined);
    expect(n2.lastError?.code).toBe("SELF_SIGNED_CERT_IN_CHAIN");
  });
});
