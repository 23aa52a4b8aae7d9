import { ApiError } from "./errors";

const targetFields = new Set([
  "host",
  "hosts",
  "port",
  "ports",
  "target",
  "targets",
  "url",
  "address",
  "ip",
  "server",
  "endpoint",
  "loginhost",
  "imap",
  "pop",
  "smtp",
]);

// Probes reach only the case's cloud profile; a request that names a host or port anywhere (any depth, inside arrays
// too) gets a clear 400 before the schema's 422. Iterative, so a deeply nested body cannot exhaust the stack.
export function namedTarget(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current !== "object" || current === null) continue;
    const entries: [string, unknown][] = Array.isArray(current)
      ? current.map((inner, index) => [String(index), inner])
      : Object.entries(current);
    for (const [key, inner] of entries.reverse()) {
      const at = path ? `${path}.${key}` : key;
      if (!Array.isArray(current) && targetFields.has(key.toLowerCase())) return at;
      stack.push([inner, at]);
    }
  }
  return null;
}

export function refuseTargets(raw: unknown): ApiError | null {
  const at = namedTarget(raw);
  if (at === null) return null;
  return new ApiError(
    "target_not_allowed",
    `"${at}": probes reach only the hosts and ports of the case's cloud profile (case.azure.cloud); no host, port or address can be given.`,
  );
}
