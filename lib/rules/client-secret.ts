import { secretExpiryWarningDays } from "@/lib/knowledge/microsoft";
import { finding, pass, type Rule } from "./types";

const dayMs = 24 * 60 * 60 * 1000;

export const clientSecret: Rule = ({ file, now }) => {
  const expires = file.azure.secretExpires;
  if (expires === null) return [finding("client-secret", "info", "secret-expiry-unknown")];
  // A secret shown as expiring on a date stays valid through that day (UTC).
  const endOfDay = Date.parse(`${expires}T23:59:59.999Z`);
  const daysLeft = Math.floor((endOfDay - now.getTime()) / dayMs);
  const params = { expires, days: String(Math.max(daysLeft, 0)) };
  if (endOfDay < now.getTime()) return [finding("client-secret", "fail", "secret-expired", params)];
  if (daysLeft < secretExpiryWarningDays) return [finding("client-secret", "warn", "secret-expiring-soon", params)];
  return [pass("client-secret", params)];
};
