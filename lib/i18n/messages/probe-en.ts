// Messages for the probe on the ECE servers (scripts/probe) and for the evidence files it writes (lib/evidence-files).
export const probeEn = {
  services: "services server",
  application: "application server",
  proxyUsed:
    "Calls to {host} went through the proxy {proxy} (--proxy or HTTPS_PROXY); the direct DNS, TCP and TLS checks of that host were left out.",
  written: "Evidence file written: {file}. Upload it on the wizard's network step or on the report.",
  serverSaw: "{server}: {title}",
  othersCan: "{title}; from {servers} it works.",
  files: {
    caseFile:
      "The probe reads the case file (it holds no secret): download it from the report with Download case file.",
    filesLabel: "Evidence files (.json), one per server",
    list: "Evidence loaded",
    errorsTitle: "These files were not added",
    heading: "Evidence from the ECE servers",
    intro:
      "Run the probe on each ECE server (the services server and the application server), then upload or paste the evidence file each one wrote. The network findings then name the server that saw them.",
    upload: "Upload evidence files",
    paste: "Or paste an evidence file",
    add: "Add pasted evidence",
    remove: "Remove",
    loaded: "{server}, probe {version}, {date}",
    none: "No evidence file yet.",
    downloads: "Download the probe",
    downloadsIntro:
      "The probe needs nothing installed: the Windows or Linux program runs as it is; the JavaScript file runs with Node.js 20 or later. Check the SHA-256 sum before you run it.",
    sha256: "SHA-256",
    manifestFailed:
      "This server did not send the list of probe downloads, so evidence files cannot be checked or added yet. Check the connection to the wizard's server, then try again.",
    retry: "Try again",
    notBuilt: "The probe downloads are not built on this server (npm run build:probe).",
    commands: "On each server, in the folder with the probe and the case file:",
    commandServices: "On the services server",
    commandApplication: "On the application server",
  },
  errors: {
    json: "{name}: this is not an evidence file (it is not JSON).",
    schema: "{name}: this is not an ECE OAuth Doctor evidence file (expected ece-oauth-doctor/evidence@1).",
    shape: "{name}: the evidence file is incomplete or damaged ({path}).",
    tampered:
      "{name}: the evidence file was changed after the probe wrote it (its integrity hash does not match). Run the probe again and upload the new file unedited.",
    older:
      "{name}: written by probe {version}, older than this wizard ({expected}). Download the probe again and run it on the server.",
    newer:
      "{name}: written by probe {version}, newer than this wizard ({expected}). Update the wizard or use the probe it offers.",
    otherCase:
      "{name}: the probe ran for another case ({field}: {value} instead of {expected}). Run it with this case's file.",
    duplicate: "{name}: there is already evidence from {server}; remove it first.",
  },
};
