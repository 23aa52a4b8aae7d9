"use client";

import { createContext, type ReactNode, startTransition, useContext, useEffect, useRef, useState } from "react";
import { useStore } from "zustand";
import { takeCarriedSecrets } from "@/lib/wizard/carry-secrets";
import { createWizardStore, type WizardState, type WizardStore } from "@/lib/wizard/store";

const WizardContext = createContext<{ store: WizardStore; hydrated: boolean } | null>(null);

export function WizardProvider({ children }: { children: ReactNode }) {
  const storeRef = useRef<WizardStore | null>(null);
  storeRef.current ??= createWizardStore();
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    const store = storeRef.current;
    if (!store) return;
    void Promise.resolve(store.persist.rehydrate()).then(() => {
      const carried = takeCarriedSecrets();
      if (carried) store.setState({ secrets: carried });
      // A transition: React draws the restored answers in slices that yield to input, not in one long task (check
      // answers' sections and checklist took about 70 ms in one go here, four times that on a phone-class CPU).
      startTransition(() => setHydrated(true));
    });
  }, []);

  return <WizardContext.Provider value={{ store: storeRef.current, hydrated }}>{children}</WizardContext.Provider>;
}

function useWizardContext() {
  const context = useContext(WizardContext);
  if (!context) throw new Error("useWizard must be used inside WizardProvider");
  return context;
}

export function useWizard<T>(selector: (state: WizardState) => T): T {
  return useStore(useWizardContext().store, selector);
}

export function useHydrated(): boolean {
  return useWizardContext().hydrated;
}
