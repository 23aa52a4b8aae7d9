"use client";

import { useEffect } from "react";

// msal-browser 5: the redirect page must broadcast the answer to the window that started the sign-in, or the popup
// never completes (feasibility §4.5, pitfall 16). Only this page loads the (small) bridge module.
export function RedirectBridge() {
  useEffect(() => {
    import("@azure/msal-browser/redirect-bridge")
      .then((bridge) => bridge.broadcastResponseToMainFrame())
      .catch(() => undefined);
  }, []);
  return null;
}
