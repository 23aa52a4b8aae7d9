// Messages for shareable result links (components/share, app/[lang]/r).
export const shareEn = {
  button: "Get shareable link",
  creating: "Making the link…",
  panelTitle: "Shareable link",
  linkLabel: "Link to this report",
  copy: "Copy link",
  copied: "Link copied.",
  copyFailed: "The link could not be copied: select it and copy it yourself.",
  audience: "Anyone with the link can open it until {date}.",
  notIncluded:
    "Tokens and secrets are not included. The report is encrypted in this browser; the key is only in the link (after #), so the server stores nothing it can read.",
  revoke: "Revoke link",
  revoking: "Revoking…",
  revoked: "The link is revoked: it no longer opens the report.",
  linkNotKept:
    "The link itself is not shown again after a reload: its key is never stored, not even in this tab. Copy it when you make it. You can still revoke it here.",
  failed: "The link could not be made: {message}",
  revokeFailed: "The link could not be revoked: {message}",
  secretFound:
    "The report contains a secret you typed, so it was not shared. Remove the secret from your answers and try again.",
  tooLarge: "The report is too large for a link. Download the JSON file instead.",
  rateLimited: "Too many requests from this browser: wait a few minutes and try again.",
  viewer: {
    title: "Shared report",
    loading: "Opening the shared report…",
    intro: "A read-only copy of an ECE OAuth Doctor report, decrypted in this browser.",
    generated: "Report generated {date}",
    shared: "Shared {date}; the link works until {expires}.",
    tool: "Made with ECE OAuth Doctor {version}",
    caseHeading: "The case",
    results: "Results",
    openInWizard: "Open in wizard",
    openInWizardHint:
      "Loads the case (without secrets) into the wizard in this browser, to review the answers and run the diagnosis again.",
    yours: "You made this link in this browser, so you can revoke it.",
    home: "Go to the start page",
    errors: {
      notFound: {
        title: "This link does not exist",
        body: "No shared report has this id. Check that the whole link was copied.",
      },
      gone: {
        title: "This link no longer works",
        body: "Whoever made it revoked it, or it expired. Ask them for a new link.",
      },
      missingKey: {
        title: "The link is incomplete",
        body: "The part after # is missing: it holds the key that decrypts the report. Copy the whole link.",
      },
      badKey: {
        title: "The key in the link is damaged",
        body: "The part after # is not a valid key: part of the link may have been cut. Copy the whole link again.",
      },
      wrongKey: {
        title: "The report cannot be decrypted",
        body: "The key in the link does not open this report: the link was changed, or the stored report was altered. Ask for the link again.",
      },
      unsupported: {
        title: "This link needs a newer version",
        body: "It was made by a newer version of ECE OAuth Doctor than the one running here.",
      },
      badPayload: {
        title: "The report cannot be read",
        body: "It was decrypted, but it is not a report that this version understands.",
      },
      rateLimited: {
        title: "Too many requests",
        body: "This browser asked for too many links. Wait a few minutes and try again.",
      },
      network: {
        title: "The report could not be loaded",
        body: "The server did not answer as expected. Check the connection and try again.",
      },
    },
  },
};

export type ShareMessages = typeof shareEn;
