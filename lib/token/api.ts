import { z } from "zod";
import { cloudIdPattern } from "@/lib/knowledge/clouds";

// Bodies of the token step's API routes (/api/token/*).

export const deviceStartSchema = z.strictObject({
  cloud: z.string().regex(cloudIdPattern),
  tenant: z.string().trim().min(1).max(256),
  clientId: z.string().trim().min(1).max(256),
  retrieval: z.enum(["imap", "pop3"]),
  /** "case": the ECE app registration; "operator": ECE_DOCTOR_SIGNIN_CLIENT_ID. */
  app: z.enum(["case", "operator"]).optional(),
});

export const realmRequestSchema = z.strictObject({
  cloud: z.string().regex(cloudIdPattern),
  login: z
    .string()
    .trim()
    .min(3)
    .max(320)
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/),
});

export type DeviceStartRequest = z.infer<typeof deviceStartSchema>;
export type RealmRequest = z.infer<typeof realmRequestSchema>;

export type DeviceError = { error: string; aadsts: number | null; description: string };

export type DeviceStart =
  | { ok: true; id: string; userCode: string; verificationUri: string; message: string; expiresIn: number }
  | { ok: false; error: DeviceError };

export type DevicePoll =
  | { status: "pending" }
  | { status: "done"; accessToken: string }
  | { status: "error"; error: DeviceError }
  | { status: "unknown" };
