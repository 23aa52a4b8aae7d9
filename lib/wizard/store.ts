import { createStore } from "zustand/vanilla";
import { createJSONStorage, persist } from "zustand/middleware";
import type { Draft, DraftValue, FieldId } from "@/lib/case/fields";
import type { Finding } from "@/lib/rules/types";
import type { StepId } from "./steps";

export type Diagnosis = { findings: Finding[]; at: string };

export type WizardState = {
  draft: Draft;
  visited: StepId[];
  diagnosis: Diagnosis | null;
  clientSecret: string;
  setField: (id: FieldId, value: DraftValue) => void;
  setClientSecret: (value: string) => void;
  markVisited: (id: StepId) => void;
  setDiagnosis: (diagnosis: Diagnosis) => void;
  loadDraft: (draft: Draft) => void;
  reset: () => void;
};

export const storageKey = "ece-oauth-doctor/wizard";
export const storageVersion = 1;

type Persisted = Pick<WizardState, "draft" | "visited" | "diagnosis">;

export function createWizardStore() {
  return createStore<WizardState>()(
    persist(
      (set) => ({
        draft: {},
        visited: [],
        diagnosis: null,
        clientSecret: "",
        setField: (id, value) => set((state) => ({ draft: { ...state.draft, [id]: value }, diagnosis: null })),
        setClientSecret: (clientSecret) => set({ clientSecret, diagnosis: null }),
        markVisited: (id) => set((state) => (state.visited.includes(id) ? state : { visited: [...state.visited, id] })),
        setDiagnosis: (diagnosis) => set({ diagnosis }),
        loadDraft: (draft) => set({ draft, visited: [], diagnosis: null, clientSecret: "" }),
        reset: () => set({ draft: {}, visited: [], diagnosis: null, clientSecret: "" }),
      }),
      {
        name: storageKey,
        version: storageVersion,
        storage: createJSONStorage(() => sessionStorage),
        // The client secret is deliberately left out: secrets never reach storage.
        partialize: (state): Persisted => ({ draft: state.draft, visited: state.visited, diagnosis: state.diagnosis }),
        skipHydration: true,
      },
    ),
  );
}

export type WizardStore = ReturnType<typeof createWizardStore>;
