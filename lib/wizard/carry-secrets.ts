import type { Secrets } from "./store";

// The language switch is a client-side navigation, so this tab's memory survives it; if the new locale's layout
// makes a new wizard store, the memory-only secrets cross over here (never through storage), taken once.
let carried: Secrets | null = null;

export function carrySecrets(secrets: Secrets) {
  carried = Object.values(secrets).some((value) => value !== "") ? { ...secrets } : null;
}

export function takeCarriedSecrets(): Secrets | null {
  const secrets = carried;
  carried = null;
  return secrets;
}
