import { accessTokenLifetime } from "@/lib/knowledge/microsoft";
import { finding, pass, type Rule } from "./types";

export const tokenLifetime: Rule = ({ file }) => {
  const minutes = file.azure.accessTokenLifetimeMinutes;
  if (minutes === null) return [finding("token-lifetime", "info", "token-lifetime-unknown")];
  const params = {
    minutes: String(minutes),
    min: String(accessTokenLifetime.min),
    max: String(accessTokenLifetime.max),
  };
  if (minutes < accessTokenLifetime.min || minutes > accessTokenLifetime.max)
    return [finding("token-lifetime", "warn", "token-lifetime-unusual", params)];
  return [pass("token-lifetime", params)];
};
