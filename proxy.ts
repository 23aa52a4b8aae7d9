import { type NextRequest, NextResponse } from "next/server";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { contentSecurityPolicy, operatorLoginHosts } from "@/lib/security/csp";

function preferredLocale(request: NextRequest): string {
  const header = request.headers.get("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", quality] = part.trim().split(";q=");
      return { language: tag.toLowerCase().split("-")[0] ?? "", q: quality === undefined ? 1 : Number(quality) };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.find(({ language }) => (locales as readonly string[]).includes(language))?.language ?? defaultLocale;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (locales.some((locale) => pathname === `/${locale}` || pathname.startsWith(`/${locale}/`))) {
    // The pages' CSP, with the login hosts of the operator's cloud profiles (read now, not at build time).
    const extra = operatorLoginHosts();
    if (extra.length === 0 || /^\/[a-z]{2}\/r\//.test(pathname)) return;
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy(extra));
    return response;
  }
  const url = request.nextUrl.clone();
  url.pathname = `/${preferredLocale(request)}${pathname === "/" ? "" : pathname}`;
  return NextResponse.redirect(url);
}

export const config = {
  // /auth/redirect is the token step's sign-in redirect URI: one address for every language, never redirected.
  matcher: ["/((?!api|_next|auth/redirect|empty-reference|favicon.ico|icon.svg|robots.txt).*)"],
};
