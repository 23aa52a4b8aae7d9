import "server-only";
import type { Agent } from "node:http";
import { HttpsProxyAgent } from "https-proxy-agent";

// Only the probe on an ECE server sets it (--proxy or HTTPS_PROXY): the wizard's server always goes direct.
let proxy: { url: string; agent: Agent } | null = null;

export function setHttpsProxy(url: string | null): void {
  proxy = url ? { url, agent: new HttpsProxyAgent(url, { keepAlive: false }) } : null;
}

export function httpsProxyAgent(): Agent | undefined {
  return proxy?.agent;
}
