import type { PolicyResult, ServerOrigin, SignInEvidence, SignInGroup } from "./schema";

// One sign-in as the admin center's CSV and JSON downloads, the Graph signIn resource and Get-MgAuditLogSignIn give
// it (column names and sources in lib/evidence/fixtures/README.md). It lives only in the browser.
export type SignInRow = {
  time: number;
  account: string;
  appId: string;
  tenantId: string;
  ip: string;
  code: number;
  interactive: boolean;
  policies: { name: string; result: PolicyResult }[];
};

const normal = (name: string) =>
  name
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();

// English as the admin center writes them (note "Application ID " with a trailing space), then Italian.
const csvColumns = {
  time: ["date (utc)", "date", "data (utc)", "data"],
  account: ["username", "user principal name", "nome utente", "nome dell'entità utente"],
  appId: ["application id", "app id", "id applicazione", "id app"],
  tenantId: [
    "resource tenant id",
    "home tenant id",
    "tenant id",
    "id tenant risorsa",
    "id tenant principale",
    "id tenant",
  ],
  ip: ["ip address", "indirizzo ip"],
  code: ["sign-in error code", "codice errore di accesso"],
  tokenType: ["incoming token type", "tipo di token in ingresso"],
  conditionalAccess: ["conditional access", "accesso condizionale"],
} as const;

type CsvColumn = keyof typeof csvColumns;
export type CsvLayout = { columns: Partial<Record<CsvColumn, string>>; italian: boolean };

const italianHeaders = new Set([
  "data (utc)",
  "data",
  "nome utente",
  "id applicazione",
  "indirizzo ip",
  "codice errore di accesso",
  "stato",
  "id richiesta",
]);

/** Which header is which, or the columns a sign-in log must have and this file lacks. */
export function csvLayout(headers: readonly string[]): CsvLayout | { missing: string[] } {
  const byName = new Map(headers.map((header) => [normal(header), header]));
  const columns: CsvLayout["columns"] = {};
  for (const [column, names] of Object.entries(csvColumns) as [CsvColumn, readonly string[]][]) {
    const found = names.find((name) => byName.has(name));
    if (found) columns[column] = byName.get(found);
  }
  const missing = (["time", "account", "appId", "code"] as const)
    .filter((column) => !columns[column])
    .map((column) => csvColumns[column][0]);
  if (missing.length > 0) return { missing };
  return { columns, italian: headers.some((header) => italianHeaders.has(normal(header))) };
}

// ISO 8601 as the export writes it; the day-first form an Italian locale shows; the month-first form of en-US.
export function parseTime(text: string, dayFirst: boolean): number {
  const iso = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && !Number.isNaN(iso)) return iso;
  const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?/i.exec(text.trim());
  if (!match) return Number.NaN;
  const [first, second] = [Number(match[1]), Number(match[2])];
  const [day, month] = dayFirst ? [first, second] : [second, first];
  let hour = Number(match[4]);
  if (match[7]?.toUpperCase() === "PM" && hour < 12) hour += 12;
  if (match[7]?.toUpperCase() === "AM" && hour === 12) hour = 0;
  return Date.UTC(Number(match[3]), month - 1, day, hour, Number(match[5]), Number(match[6] ?? 0));
}

const codeOf = (text: string | number | undefined | null) => {
  const value = Number(String(text ?? "").trim() || "0");
  return Number.isFinite(value) ? value : 0;
};

/** A CSV record as a row; the interactive / non-interactive kind comes from the file (the admin center downloads each kind apart). */
export function rowFromCsv(record: Record<string, string>, layout: CsvLayout, interactive: boolean): SignInRow {
  const value = (column: CsvColumn) => {
    const header = layout.columns[column];
    return header === undefined ? "" : (record[header] ?? "").trim();
  };
  const tokenType = value("tokenType").toLowerCase();
  const conditional = value("conditionalAccess").toLowerCase();
  return {
    time: parseTime(value("time"), layout.italian),
    account: value("account"),
    appId: value("appId").toLowerCase(),
    tenantId: value("tenantId").toLowerCase(),
    ip: value("ip"),
    code: codeOf(value("code")),
    interactive: tokenType.includes("refresh") || tokenType.includes("aggiornamento") ? false : interactive,
    // The CSV says only whether Conditional Access failed, not which policy; the JSON names it.
    policies: conditional === "failure" || conditional === "errore" ? [{ name: "", result: "failure" }] : [],
  };
}

function field(object: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    const key = Object.keys(object).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (key !== undefined) return object[key];
  }
  return undefined;
}

const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/** A signIn object from Graph, the admin center's JSON download or Get-MgAuditLogSignIn | ConvertTo-Json (PascalCase). */
export function rowFromJson(item: Record<string, unknown>, fallbackInteractive: boolean): SignInRow | null {
  const time = text(field(item, "createdDateTime"));
  const appId = text(field(item, "appId"));
  if (time === "" || appId === "") return null;
  const status = (field(item, "status") ?? {}) as Record<string, unknown>;
  const interactiveValue = field(item, "isInteractive");
  const eventTypes = field(item, "signInEventTypes");
  const interactive =
    typeof interactiveValue === "boolean"
      ? interactiveValue
      : Array.isArray(eventTypes)
        ? eventTypes.some((type) => String(type).toLowerCase() === "interactiveuser")
        : fallbackInteractive;
  const applied = field(item, "appliedConditionalAccessPolicies");
  const policies = (Array.isArray(applied) ? (applied as Record<string, unknown>[]) : []).flatMap(
    (policy): SignInRow["policies"] => {
      const result = text(field(policy, "result")).toLowerCase().replace(/\s+/g, "");
      const name = text(field(policy, "displayName")).slice(0, 256);
      if (result === "failure") return [{ name, result: "failure" }];
      if (result === "notsatisfied") return [{ name, result: "notSatisfied" }];
      return [];
    },
  );
  return {
    time: Date.parse(time),
    account: text(field(item, "userPrincipalName")),
    appId: appId.toLowerCase(),
    tenantId: text(field(item, "resourceTenantId", "homeTenantId", "tenantId")).toLowerCase(),
    ip: text(field(item, "ipAddress")),
    code: codeOf(text(field(status, "errorCode"))),
    interactive,
    policies,
  };
}

/** The kind a file holds by its name, as the admin center names its downloads (InteractiveSignIns_…, NonInteractiveSignIns_…). */
export function interactiveByName(fileName: string): boolean {
  return !/non[-_ ]?interactive|noninterattiv|non[-_ ]?interattiv/i.test(fileName);
}

export function maskIp(ip: string): string {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.x`;
  if (ip.includes(":")) return `${ip.split(":").slice(0, 3).join(":")}::x`;
  return ip === "" ? "" : "x";
}

export function maskAccount(account: string): string {
  const [local, domain] = account.split("@");
  if (!domain) return account === "" ? "" : `${account.slice(0, 1)}***`;
  return `${(local ?? "").slice(0, 1)}***@${domain}`;
}

export type SignInContext = {
  clientId: string;
  tenant: string;
  /** Accounts the case already names (mailboxes, delegate): kept; any other account is masked. */
  knownAccounts: string[];
  servers: { application: string; services: string };
  today: string;
};

type Group = {
  account: string;
  code: number;
  interactive: boolean;
  count: number;
  first: number;
  last: number;
  ips: Map<string, number>;
  policies: Map<string, PolicyResult>;
};

/** Takes rows one at a time, so a 250,000-row export never sits in memory as rows, and keeps only what the findings need. */
export class SignInAccumulator {
  rows = 0;
  matched = 0;
  succeeded = 0;
  otherApps = new Map<string, number>();
  private groups = new Map<string, Group>();
  private goodInteractive = new Map<string, number[]>();

  constructor(private readonly context: Pick<SignInContext, "clientId" | "tenant">) {}

  add(row: SignInRow): void {
    this.rows++;
    const clientId = this.context.clientId.trim().toLowerCase();
    const tenant = this.context.tenant.trim().toLowerCase();
    if (row.appId !== clientId || (row.tenantId !== "" && tenant !== "" && row.tenantId !== tenant)) {
      if (this.otherApps.size < 1000 || this.otherApps.has(row.appId))
        this.otherApps.set(row.appId, (this.otherApps.get(row.appId) ?? 0) + 1);
      return;
    }
    this.matched++;
    const account = row.account.toLowerCase();
    if (row.code === 0) {
      this.succeeded++;
      if (row.interactive && !Number.isNaN(row.time)) {
        const times = this.goodInteractive.get(account) ?? [];
        if (times.length < 10_000) times.push(row.time);
        this.goodInteractive.set(account, times);
      }
      return;
    }
    const key = `${account}|${row.code}|${row.interactive}`;
    const group = this.groups.get(key) ?? {
      account,
      code: row.code,
      interactive: row.interactive,
      count: 0,
      first: Infinity,
      last: -Infinity,
      ips: new Map(),
      policies: new Map(),
    };
    group.count++;
    if (!Number.isNaN(row.time)) {
      group.first = Math.min(group.first, row.time);
      group.last = Math.max(group.last, row.time);
    }
    if (row.ip !== "") group.ips.set(row.ip, (group.ips.get(row.ip) ?? 0) + 1);
    for (const policy of row.policies) if (group.policies.size < 10) group.policies.set(policy.name, policy.result);
    this.groups.set(key, group);
  }

  finish(context: SignInContext): SignInEvidence {
    const known = new Set(context.knownAccounts.map((account) => account.toLowerCase()));
    const groups: SignInGroup[] = [...this.groups.values()]
      .sort((a, b) => b.count - a.count || a.first - b.first)
      .slice(0, 50)
      .map((group) => {
        const ips = [...group.ips.entries()].sort((a, b) => b[1] - a[1]).map(([ip]) => ip);
        const good = (this.goodInteractive.get(group.account) ?? []).filter((time) => time <= group.first);
        const lastGood = good.length > 0 ? Math.max(...good) : null;
        return {
          account: known.has(group.account) ? group.account : maskAccount(group.account),
          code: group.code,
          interactive: group.interactive,
          count: group.count,
          first: isoMinute(group.first),
          last: isoMinute(group.last),
          ips: [...new Set(ips.map(maskIp))].slice(0, 10),
          origin: originOf(ips[0] ?? "", context.servers),
          afterGoodMinutes:
            lastGood === null || !Number.isFinite(group.first) ? null : Math.round((group.first - lastGood) / 60_000),
          policies: [...group.policies.entries()].map(([name, result]) => ({ name, result })),
        };
      });
    return { readOn: context.today, rows: this.rows, matched: this.matched, succeeded: this.succeeded, groups };
  }
}

const isoMinute = (time: number) =>
  Number.isFinite(time) ? `${new Date(time).toISOString().slice(0, 16)}Z` : "1970-01-01T00:00Z";

export function originOf(ip: string, servers: SignInContext["servers"]): ServerOrigin {
  const same = (server: string) => server.trim() !== "" && server.trim().toLowerCase() === ip.toLowerCase();
  if (same(servers.services)) return "services";
  if (same(servers.application)) return "application";
  if (servers.services.trim() === "" && servers.application.trim() === "") return "unknown";
  // Not the application server: ECE refreshes tokens from the services server (TAC 218453), so that is the likely one.
  return servers.services.trim() === "" ? "services" : "other";
}
