import { describe, expect, it } from "vitest";
import { containsSecret, redactBody, redactForm, redactSecrets, secretVariants } from "./redact";
import { secretShapes } from "./test-support/canaries";

const jwt = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IkNBTkFSWSJ9.${"eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSIsImNhbmFyeSI6InllcyJ9".repeat(4)}.${"Q0FOQVJZc2lnbmF0dXJl".repeat(8)}`;

describe("redaction knows every encoding of a secret", () => {
  for (const secret of secretShapes) {
    it(`hides ${JSON.stringify(secret)} raw, encoded, cut and split`, () => {
      const form = `client_id=app&client_secret=${new URLSearchParams({ s: secret }).toString().slice(2)}&grant_type=client_credentials`;
      const samples = [
        `raw ${secret} end`,
        `percent ${encodeURIComponent(secret)} end`,
        `form ${new URLSearchParams({ s: secret }).toString().slice(2)} end`,
        `json ${JSON.stringify({ v: secret })} end`,
        `ascii json ${JSON.stringify(secret).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)} end`,
        `base64 ${Buffer.from(secret).toString("base64")} end`,
        `cut at the end ${secret.slice(0, Math.ceil(secret.length * 0.6))}`,
        `${secret.slice(Math.floor(secret.length * 0.4))} starts the next line`,
        `split here ${secret.slice(0, 12)}\n${secret.slice(12)} and on`,
      ];
      for (const sample of samples) {
        const out = redactSecrets(sample, [secret]);
        for (const variant of secretVariants(secret)) expect(out).not.toContain(variant);
        expect(out).toContain("<redacted");
        expect(containsSecret(sample, secret)).toBe(true);
      }
      const body = redactForm(form);
      expect(body).toBe(`client_id=app&client_secret=<redacted ${secret.length} chars>&grant_type=client_credentials`);
      expect(containsSecret(body, secret)).toBe(false);
    });
  }

  it("redacts secret-named keys in text even when the secret is not known (triage, pasted error text)", () => {
    const pasted =
      'POST /token client_id=abc&client_secret=Pl41nS3cretValue~xyz&scope=x\n{"client_secret": "an0ther secret", "refresh_token":"0.AAAA-bbb"} password=hunter2!';
    const out = redactSecrets(pasted);
    expect(out).not.toContain("Pl41nS3cretValue");
    expect(out).not.toContain("an0ther secret");
    expect(out).not.toContain("0.AAAA-bbb");
    expect(out).not.toContain("hunter2");
    expect(out).toContain("client_id=abc&client_secret=<redacted 20 chars>&scope=x");
    expect(redactSecrets("Error code: 50126, code=invalid_grant")).toBe("Error code: 50126, code=invalid_grant");
  });

  it("redacts JSON replies by key before they are cut", () => {
    const reply = JSON.stringify({
      token_type: "Bearer",
      access_token: "opaque-access-token-value",
      refresh_token: "opaque-refresh",
      expires_in: 3599,
    });
    const out = redactBody(reply).slice(0, 300);
    expect(out).not.toContain("opaque");
    expect(out).toContain('"expires_in":3599');
  });

  it("redacts any JWT-shaped fragment: whole, cut at 300 characters, cut before the second dot, split across lines", () => {
    for (const sample of [
      jwt,
      jwt.slice(0, 300),
      jwt.slice(0, jwt.indexOf(".") + 5),
      `${jwt.slice(0, 120)}\n${jwt.slice(120)}`,
      `${jwt.slice(0, 250)}\n${jwt.slice(250, 500)}\n${jwt.slice(500)}`,
    ]) {
      const out = redactSecrets(`token: ${sample} end`);
      expect(out).not.toMatch(/eyJ|Q0FOQVJZ|ImNhbmFyeSI6/);
    }
  });

  it("absorbs characters typed one at a time after a redacted token", () => {
    let field = "";
    for (const char of `pasted ${jwt}`) field = redactSecrets(field + char);
    expect(field).toBe(`pasted <redacted ${jwt.length} chars>`);
  });

  it("takes an error code on the line after a token for the next message, not the token's rest", () => {
    const out = redactSecrets(
      `Authorization: Bearer ${jwt}\nAADSTS7000222: The provided client secret keys are expired.`,
    );
    expect(out).toBe(
      `Authorization: Bearer <redacted ${jwt.length} chars>\nAADSTS7000222: The provided client secret keys are expired.`,
    );
  });

  it("leaves ordinary text alone", () => {
    const text =
      "535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]\nAADSTS7000215: Invalid client secret provided.";
    expect(redactSecrets(text, ["Xy58Q~CANARYazureSecretV2.-_abcDEFghiJKL"])).toBe(text);
  });
});
