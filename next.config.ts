import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/security/csp";

// connect-src also names the clouds' login hosts (the token step's browser sign-in); proxy.ts sends the same policy
// with the operator's cloud profiles added at run time.
const policy = contentSecurityPolicy();
// The shared-report viewer never signs in: its policy names no other host. (A later rule wins for the same header.)
const viewerPolicy = [{ key: "Content-Security-Policy", value: contentSecurityPolicy([], { signIn: false }) }];

// Shared result links (/r/{id}#{key} and /{lang}/r/{id}): never sent on as a referrer, indexed or cached; the page
// that holds the key and the decrypted report connects to this server only (components/share/shared-report.tsx
// leaves it with full page loads, so that the wizard's pages get their own policy).
const shareLinkHeaders = [
  { key: "Content-Security-Policy", value: policy.replace(/connect-src [^;]*/, "connect-src 'self'") },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow, noarchive" },
  { key: "Cache-Control", value: "no-store" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  agentRules: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: policy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
      { source: "/r/:path*", headers: shareLinkHeaders },
      { source: "/:lang(en|it)/r/:path*", headers: shareLinkHeaders },
      { source: "/api/share/:path*", headers: shareLinkHeaders },
      { source: "/r/:path*", headers: viewerPolicy },
      { source: "/:lang(en|it)/r/:path*", headers: viewerPolicy },
    ];
  },
};

export default nextConfig;
