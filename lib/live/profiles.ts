import "server-only";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { loadProfiles, operatorProfiles } from "./clouds-file";

export { cloudsFileSchema, loadProfiles, type ProfileSet } from "./clouds-file";

export function findProfile(id: string): CloudProfile | undefined {
  return loadProfiles().profiles.find((profile) => profile.id === id);
}

export function extraProfiles(): { id: string; label: string }[] {
  return operatorProfiles().map((profile) => ({ id: profile.id, label: profile.label ?? profile.id }));
}
