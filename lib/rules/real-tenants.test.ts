// Issue #13 "Right for real tenants": the facts and rules an expert review found wrong, each against its source.
import { describe, expect, it } from "vitest";
import { causes } from "@/lib/catalogue/causes";
import { present } from "@/lib/catalogue/present";
import { catalogueText } from "@/lib/catalogue/text";
import { locales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { causeForAadsts } from "@/lib/knowledge/aadsts";
import { cloudProfiles } from "@/lib/knowledge/clouds";
import { licenceClass, sharedMailboxLicence, smtpBasicAuthTimeline } from "@/lib/knowledge/microsoft";
import { networkCommands, networkPaths } from "@/lib/knowledge/network-commands";
import { triage } from "@/lib/triage/triage";
import { appIds } from "./app-ids";
import { diagnose, findings } from "./diagnose";
import { type CasePatch, delegate, healthyCase, healthyEvidence, now, withChanges } from "./fixtures";
import { licence } from "./licence";
import { redirectUri } from "./redirect-uri";
import { tokenGeneration } from "./token-generation";
import type { Rule } from "./types";

const run = (rule: Rule, patch: CasePatch) => {
  const file = withChanges(patch);
  return rule({ file, evidence: healthyEvidence(file), now, profile: cloudProfiles.worldwide }).map((item) =>
    item.status === "pass" ? ["pass"] : [item.status, item.cause],
  );
};

const allStrings = (value: unknown): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(allStrings)
      : value && typeof value === "object"
        ? Object.values(value).flatMap(allStrings)
        : [];

describe("1. SMTP AUTH basic authentication: the Exchange Team's update of 27 January 2026 (MC786329)", () => {
  it("is dated data with its source and a review date", () => {
    expect(smtpBasicAuthTimeline).toMatchObject({
      announced: "2026-01-27",
      messageCenter: "MC786329",
      unchangedUntil: "2026-12-31",
      finalRemovalAnnounced: "2027-H2",
    });
    expect(smtpBasicAuthTimeline.source).toMatch(/^https:\/\/techcommunity\.microsoft\.com\/.+4489835$/);
    expect(Date.parse(smtpBasicAuthTimeline.reviewBy)).toBeGreaterThan(Date.parse("2026-12-31"));
  });

  it.each([
    ["en", /end of December 2026/, /turn it back on/, /created after December 2026/, /second half of 2027/],
    ["it", /fine di dicembre 2026/, /riattivarla/, /creati dopo dicembre 2026/, /seconda metà del 2027/],
  ] as const)("the start page and the catalogue say it in %s, with the source and a date", (locale, ...facts) => {
    const start = messages[locale].start.history.items.join(" ");
    const texts = [
      start,
      catalogueText[locale].causes["basic-auth-used"].why,
      catalogueText[locale].causes["version-without-oauth"].why,
    ];
    for (const text of texts) {
      for (const fact of facts) expect(text).toMatch(fact);
      expect(text).toContain("MC786329");
      expect(text).not.toMatch(/during 2026|nel corso del 2026|in 2026\.|nel 2026\./i);
    }
  });
});

describe("2. ports: the services server and all application servers need 443, 587, 993 and 995 (TAC 218453)", () => {
  it("the network step lists every port for the application servers, says all of them, and names the Installation Guide", () => {
    for (const locale of locales) {
      const network = messages[locale].steps.network;
      const application = networkPaths(cloudProfiles.worldwide, "imap").filter((path) => path.server === "application");
      expect(application.map((path) => String(path.port)).sort()).toEqual(["443", "587", "993", "995"]);
      for (const path of application) expect(network.purposes[path.purpose].length).toBeGreaterThan(0);
      expect(network.serverNames.application).toMatch(/All application servers|Tutti i server delle applicazioni/);
      expect(network.intro.join(" ")).toMatch(/Installation Guide|Guida all'installazione/);
      expect(network.installGuide.length).toBeGreaterThan(0);
    }
  });

  it("the commands for an application server test 993 and 995 too", () => {
    const commands = networkCommands(cloudProfiles.worldwide, "imap").application.powershell.join("\n");
    for (const port of [443, 587, 993, 995]) expect(commands).toContain(`-Port ${port}`);
  });
});

describe("3. AADSTS codes (Microsoft Entra error codes reference; refresh tokens: spa redirect → 24 hours)", () => {
  it.each([
    [90093, "consent-missing"],
    [90094, "consent-missing"],
    [65001, "consent-missing"],
    [700084, "redirect-not-web-platform"],
    [50055, "password-expired"],
    [50053, "account-locked"],
    [50057, "user-disabled"],
    [54005, "auth-code-redeemed"],
    [50173, "refresh-token-revoked"],
  ])("AADSTS%i → %s", (code, cause) => {
    expect(causeForAadsts(code)).toBe(cause);
  });

  it("an authorization code redeemed twice is a token-generation problem for the ECE admin, not an expired refresh token", () => {
    expect(causeForAadsts(54005)).not.toBe("refresh-token-expired");
    expect(present({ check: "entra-sign-in", status: "fail", cause: "auth-code-redeemed" }, "en").owner).toBe(
      "ece-admin",
    );
  });
});

describe("4. licences (Microsoft 365: shared mailboxes need none below 50 GB, without archive or hold)", () => {
  it("no licence fails only in the per-mailbox model; in the shared model it is information about the delegate", () => {
    expect(sharedMailboxLicence.freeUpToGb).toBe(50);
    expect(run(licence, { mail: { licence: "none" } })).toEqual([["fail", "licence-missing"]]);
    const shared = {
      mail: { licence: "none", accessModel: "shared", signInAccount: delegate, fullAccess: "yes" },
    } as const;
    expect(run(licence, shared)).toEqual([["info", "licence-shared-none"]]);
    const text = present(
      { check: "licence", status: "info", cause: "licence-shared-none", params: { delegate } },
      "en",
    );
    expect(text.title).toContain(delegate);
    expect(text.why).toMatch(/50 GB/);
  });

  it("Business Basic, Standard and Premium include Exchange Online Plan 1: ranked with it, not 'other'", () => {
    for (const plan of ["business-basic", "business-standard", "business-premium"] as const) {
      expect(licenceClass[plan]).toBe(licenceClass["exchange-plan-1"]);
      expect(run(licence, { mail: { licence: plan } })).toEqual([["warn", "licence-below-e3"]]);
    }
  });
});

describe("5. 504 5.7.4 Unrecognized authentication type: AUTH before STARTTLS, the alias's security setting in ECE", () => {
  it("is tls-mode-mismatch, the ECE admin's", () => {
    const [match] = triage(
      "504 5.7.4 Unrecognized authentication type [SN4PR0201CA0047.namprd02.prod.outlook.com]",
    ).matches;
    expect(match?.cause).toBe("tls-mode-mismatch");
    expect(present({ check: "smtp", status: "fail", cause: "tls-mode-mismatch" }, "en").owner).toBe("ece-admin");
    expect(catalogueText.en.causes["tls-mode-mismatch"].why).toContain("504 5.7.4");
  });
});

describe("6. no ECE behaviour stated as fact where the research marks it unconfirmed", () => {
  it("no text says the wizard does exactly what ECE does", () => {
    const texts = locales.flatMap((locale) => [...allStrings(messages[locale]), ...allStrings(catalogueText[locale])]);
    expect(
      texts.filter((text) =>
        /(the way|just|exactly) as ECE does|as ECE does:|exactly as ECE does|come fa ECE/i.test(text),
      ),
    ).toEqual([]);
  });
});

describe("7. a tenant given as a verified domain name", () => {
  it.each(["contoso.onmicrosoft.com", "contoso.com", "Contoso.OnMicrosoft.com "])(
    "%s is a warning (prefer the ID), not malformed",
    (tenant) => {
      expect(run(appIds, { azure: { tenant } })).toEqual([["warn", "tenant-is-domain"]]);
    },
  );

  it("a value that is neither an ID nor a domain is still malformed", () => {
    expect(run(appIds, { azure: { tenant: "contoso" } })).toEqual([["fail", "tenant-id-malformed"]]);
  });
});

describe("8. token generation never passes when the signed-in account is unknown", () => {
  it("is information, naming the account expected", () => {
    const result = run(tokenGeneration, { mail: { tokenSignedInAs: null, privateWindow: "yes" } });
    expect(result).toEqual([["info", "token-account-unknown"]]);
  });
});

describe("9. a Managed domain still signs in silently with Seamless SSO or Windows device SSO", () => {
  it("the realm pass and the token step say so, and keep the private-window advice", () => {
    expect(catalogueText.en.checks["entra-realm"].passWhy).toMatch(/Seamless SSO.*private window/s);
    expect(messages.en.token.realm.managed).toMatch(/Seamless SSO.*Windows device single sign-on.*private window/s);
    expect(messages.en.token.realm.managed).not.toMatch(/Entra itself asks for the password/);
    expect(messages.it.token.realm.managed).toMatch(/Seamless SSO.*finestra privata/s);
  });
});

describe("11. owners", () => {
  it("values typed into ECE and the scope ECE requests are the ECE admin's", () => {
    for (const cause of [
      "token-wrong-audience",
      "tenant-id-malformed",
      "client-id-malformed",
      "tenant-is-domain",
    ] as const) {
      expect(causes[cause]).toMatchObject({ owner: "ece-admin" });
    }
  });

  it.each(locales)("a redirect fix in both places lists the step of each owner under that owner (%s)", (locale) => {
    const owners = messages[locale].report.owners;
    for (const cause of ["redirect-uri-mismatch", "redirect-host-mismatch"] as const) {
      const fix = catalogueText[locale].causes[cause].fix;
      expect(
        fix.some((step) => step.startsWith(`${owners["m365-admin"]}:`)),
        cause,
      ).toBe(true);
      expect(
        fix.some((step) => step.startsWith(`${owners["ece-admin"]}:`)),
        cause,
      ).toBe(true);
    }
  });
});

describe("12. one finding per cause and target", () => {
  it("a redirect URI that differs from ECE's on another host is reported once", () => {
    const file = withChanges({ azure: { redirectUri: "https://old.example.com/system/oauth/callback" } });
    const redirect = findings(file, healthyEvidence(file), now).filter(
      (item) => item.check === "redirect-uri" && item.status !== "pass",
    );
    expect(redirect.map((item) => (item.status === "pass" ? "" : item.cause))).toEqual(["redirect-uri-mismatch"]);
  });

  it("without ECE's own redirect URL, the host comparison still reports it", () => {
    expect(
      run(redirectUri, { azure: { redirectUri: "https://old.example.com/cb", eceRedirectUri: null } }),
    ).toContainEqual(["fail", "redirect-host-mismatch"]);
  });

  it("the same cause for the same target never appears twice in the results", () => {
    const results = diagnose(healthyCase(), healthyEvidence(), { now });
    const keys = results
      .filter((result) => result.status !== "pass")
      .map((result) => `${result.cause}|${result.target ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
