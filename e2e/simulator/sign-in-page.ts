// The simulated Entra sign-in pages (login form, account picker, MFA step). Plain HTML forms, no script, no external
// assets, so they work under any CSP and with the keyboard alone. Every form posts back to the authorize URL with the
// original request in the hidden field "q".

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
  );
}

const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

export type SignInPageContext = {
  /** Where the forms post: the authorize path (no query). */
  action: string;
  /** The authorize request's query string, carried through every step. */
  query: string;
  /** The app's display name, shown like Entra's "to continue to …". */
  appName: string;
};

export function loginForm(ctx: SignInPageContext, opts: { username?: string; error?: string } = {}): string {
  const error = opts.error ? `<p id="error" role="alert">${escapeHtml(opts.error)}</p>` : "";
  return page(
    "Sign in",
    `<p>to continue to ${escapeHtml(ctx.appName)} (simulator)</p>${error}` +
      `<form method="POST" action="${escapeHtml(ctx.action)}">${hidden("q", ctx.query)}${hidden("action", "password")}` +
      `<p><label for="username">Email, phone, or Skype</label><br><input id="username" name="username" type="email" autocomplete="username" required value="${escapeHtml(opts.username ?? "")}"></p>` +
      `<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>` +
      `<p><button type="submit" id="sign-in">Sign in</button></p></form>`,
  );
}

export function accountPicker(ctx: SignInPageContext, accounts: { upn: string; signedIn: boolean }[]): string {
  const items = accounts
    .map(
      (a, i) =>
        `<li><form method="POST" action="${escapeHtml(ctx.action)}">${hidden("q", ctx.query)}${hidden("action", "pick")}${hidden("account", a.upn)}` +
        `<button type="submit" id="account-${i}" data-account="${escapeHtml(a.upn)}">${escapeHtml(a.upn)}${a.signedIn ? " (signed in)" : ""}</button></form></li>`,
    )
    .join("");
  return page(
    "Pick an account",
    `<p>to continue to ${escapeHtml(ctx.appName)} (simulator)</p><ul>${items}<li><form method="POST" action="${escapeHtml(ctx.action)}">${hidden("q", ctx.query)}${hidden("action", "another")}` +
      `<button type="submit" id="another-account">Use another account</button></form></li></ul>`,
  );
}

export function mfaStep(ctx: SignInPageContext, upn: string, ticket: string): string {
  const form = (action: string, label: string, id: string) =>
    `<form method="POST" action="${escapeHtml(ctx.action)}">${hidden("q", ctx.query)}${hidden("action", action)}${hidden("ticket", ticket)}<button type="submit" id="${id}">${escapeHtml(label)}</button></form>`;
  return page(
    "Approve sign in request",
    `<p>${escapeHtml(upn)}: your organization requires multi-factor authentication (simulator).</p>` +
      form("mfa-approve", "Approve (complete MFA)", "mfa-approve") +
      form("mfa-decline", "I can't use my authenticator right now", "mfa-decline"),
  );
}
