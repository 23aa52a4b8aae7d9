import { describe, expect, it } from "vitest";
import { failureOf, msalConfiguration, popupRequest, type SignInRequest } from "./msal-sign-in";
import { signInClientId } from "./sign-in-app";

const request: SignInRequest = {
  clientId: " 22222222-2222-4222-8222-222222222222 ",
  tenant: "11111111-1111-4111-8111-111111111111",
  loginHost: "login.sim.test:19401",
  outlookResource: "https://outlook.office.com",
  retrieval: "imap",
  loginHint: "support@contoso.sim.test",
  prompt: "login",
};

describe("msalConfiguration", () => {
  it("signs in on the case's cloud and tenant, trusting an operator's login host explicitly, with a memory cache", () => {
    expect(msalConfiguration(request, "http://127.0.0.1:3100")).toEqual({
      auth: {
        clientId: "22222222-2222-4222-8222-222222222222",
        authority: "https://login.sim.test:19401/11111111-1111-4111-8111-111111111111",
        knownAuthorities: ["login.sim.test:19401"],
        redirectUri: "http://127.0.0.1:3100/auth/redirect",
      },
      cache: { cacheLocation: "memoryStorage" },
      system: { popupBridgeTimeout: 120_000 },
    });
  });

  it("lets MSAL discover Microsoft's own hosts, and keeps the redirect round trip in sessionStorage", () => {
    const config = msalConfiguration(
      { ...request, loginHost: "login.microsoftonline.us" },
      "https://doctor.example.com",
      "redirect",
    );
    expect(config.auth).not.toHaveProperty("knownAuthorities");
    expect(config.auth.authority).toBe("https://login.microsoftonline.us/11111111-1111-4111-8111-111111111111");
    expect(config.cache?.cacheLocation).toBe("sessionStorage");
  });
});

describe("popupRequest", () => {
  it("asks for the Outlook scopes with login_hint and the chosen prompt; 'none' sends no prompt, like ECE", () => {
    expect(popupRequest(request)).toEqual({
      scopes: [
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
      ],
      loginHint: "support@contoso.sim.test",
      prompt: "login",
    });
    expect(popupRequest({ ...request, prompt: "select_account" }).prompt).toBe("select_account");
    expect(popupRequest({ ...request, prompt: "none" })).not.toHaveProperty("prompt");
  });
});

describe("failureOf", () => {
  it("reads the AADSTS code of an MSAL error (errorNo, or the message), and tells a blocked popup and a closed window", () => {
    expect(
      failureOf({
        errorCode: "consent_required",
        subError: "",
        errorMessage: "AADSTS65001: The user or administrator has not consented.\r\nTrace ID: x",
        errorNo: undefined,
      }),
    ).toEqual({
      code: "consent_required",
      subError: "",
      aadsts: 65001,
      description: "AADSTS65001: The user or administrator has not consented.",
      popupBlocked: false,
      cancelled: false,
    });
    expect(
      failureOf({
        errorCode: "invalid_client",
        errorNo: 7000218,
        errorMessage: "Error(s): 7000218 - Description: AADSTS7000218: needs a secret",
      }).aadsts,
    ).toBe(7000218);
    expect(failureOf({ errorCode: "popup_window_error", errorMessage: "blocked" }).popupBlocked).toBe(true);
    expect(failureOf({ errorCode: "user_cancelled", errorMessage: "closed" }).cancelled).toBe(true);
    expect(failureOf(new Error("boom"))).toMatchObject({ code: "unknown_error", aadsts: null, description: "boom" });
  });
});

describe("signInClientId", () => {
  it("takes ECE_DOCTOR_SIGNIN_CLIENT_ID only when it is a GUID", () => {
    expect(signInClientId(" 66666666-6666-4666-8666-666666666666 ")).toBe("66666666-6666-4666-8666-666666666666");
    expect(signInClientId("not-a-guid")).toBeNull();
    expect(signInClientId(undefined)).toBeNull();
  });
});
