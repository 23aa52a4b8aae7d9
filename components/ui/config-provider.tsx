"use client";

import { createContext, type ReactNode, useContext } from "react";
import { type CloudProfile, cloudProfiles } from "@/lib/knowledge/clouds";

const ConfigContext = createContext<{ clouds: CloudProfile[] }>({ clouds: Object.values(cloudProfiles) });

// Operator cloud profiles (ECE_DOCTOR_CLOUDS_FILE) are read on the server and handed to the client here.
export function ConfigProvider({ clouds, children }: { clouds: CloudProfile[]; children: ReactNode }) {
  return <ConfigContext.Provider value={{ clouds }}>{children}</ConfigContext.Provider>;
}

export function useClouds(): CloudProfile[] {
  return useContext(ConfigContext).clouds;
}

export function useCloud(id: string): CloudProfile {
  const clouds = useClouds();
  return clouds.find((cloud) => cloud.id === id) ?? cloudProfiles.worldwide;
}
