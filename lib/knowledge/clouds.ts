export const cloudIds = ["worldwide", "gcc", "gcc-high", "dod", "china"] as const;
export type CloudId = (typeof cloudIds)[number];

export type Endpoint = { host: string; port: number; confirmed: boolean };

export type CloudProfile = {
  id: string;
  label?: string;
  loginHost: string;
  imap: Endpoint;
  pop: Endpoint;
  smtp: Endpoint;
  outlookResource: string;
  // Only an operator's profile (ECE_DOCTOR_CLOUDS_FILE) may say so: a lab or the simulator on private or loopback addresses.
  allowPrivateAddresses?: boolean;
};

// Hosts per Microsoft cloud: shared/research/microsoft.md §5. `confirmed: false` marks hosts whose
// sources conflict or are single third-party configs; the UI asks the admin to verify them.
/** The login hosts of Microsoft's clouds (aliases included): MSAL discovers them itself, and the CSP allows them. */
export const microsoftLoginHosts = [
  "login.microsoftonline.com",
  "login.microsoftonline.us",
  "login.chinacloudapi.cn",
  "login.partner.microsoftonline.cn",
];

export const cloudIdPattern = /^[a-z0-9][a-z0-9.-]{0,39}$/;

export function isBuiltInCloud(id: string): id is CloudId {
  return (cloudIds as readonly string[]).includes(id);
}

export function builtInProfile(id: string): CloudProfile | undefined {
  return isBuiltInCloud(id) ? cloudProfiles[id] : undefined;
}

export const cloudProfiles: Record<CloudId, CloudProfile> = {
  worldwide: {
    id: "worldwide",
    loginHost: "login.microsoftonline.com",
    imap: { host: "outlook.office365.com", port: 993, confirmed: true },
    pop: { host: "outlook.office365.com", port: 995, confirmed: true },
    smtp: { host: "smtp.office365.com", port: 587, confirmed: true },
    outlookResource: "https://outlook.office.com",
  },
  gcc: {
    id: "gcc",
    loginHost: "login.microsoftonline.com",
    imap: { host: "outlook.office365.com", port: 993, confirmed: true },
    pop: { host: "outlook.office365.com", port: 995, confirmed: true },
    smtp: { host: "smtp.office365.com", port: 587, confirmed: true },
    outlookResource: "https://outlook.office.com",
  },
  "gcc-high": {
    id: "gcc-high",
    loginHost: "login.microsoftonline.us",
    imap: { host: "outlook.office365.us", port: 993, confirmed: true },
    pop: { host: "outlook.office365.us", port: 995, confirmed: true },
    smtp: { host: "smtp.office365.us", port: 587, confirmed: true },
    outlookResource: "https://outlook.office365.us",
  },
  dod: {
    id: "dod",
    loginHost: "login.microsoftonline.us",
    imap: { host: "outlook-dod.office365.us", port: 993, confirmed: true },
    pop: { host: "outlook-dod.office365.us", port: 995, confirmed: true },
    smtp: { host: "outlook-dod.office365.us", port: 587, confirmed: false },
    outlookResource: "https://outlook-dod.office365.us",
  },
  china: {
    id: "china",
    loginHost: "login.chinacloudapi.cn",
    imap: { host: "partner.outlook.cn", port: 993, confirmed: true },
    pop: { host: "partner.outlook.cn", port: 995, confirmed: true },
    smtp: { host: "smtp.partner.outlook.cn", port: 587, confirmed: false },
    outlookResource: "https://partner.outlook.cn",
  },
};
