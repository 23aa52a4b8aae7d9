import { createJSONStorage, persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { Draft, DraftValue, FieldId } from "@/lib/case/fields";
import type { EvidenceFile } from "@/lib/evidence-files/format";
import type { ProbeEvidence } from "@/lib/probes/types";
import type { Finding } from "@/lib/rules/types";
import type { StepId } from "./steps";

/** A link made for this report in this tab: kept with the report so a reload shows it again (its revoke token is in localStorage). */
// The url carries the decryption key in its fragment: it stays in memory, never in sessionStorage.
export type SharedLink = { id: string; url?: string; expiresAt: string };
function withoutLinkKey(diagnosis: Diagnosis | null): Diagnosis | null {
  const link = diagnosis?.sharedLink;
  return diagnosis && link ? { ...diagnosis, sharedLink: { id: link.id, expiresAt: link.expiresAt } } : diagnosis;
}

export type Diagnosis = { findings: Finding[]; at: string; evidence?: ProbeEvidence[]; sharedLink?: SharedLink };

export type SecretName = "clientSecret" | "accessToken";
export type Secrets = Record<SecretName, string>;
const noSecrets: Secrets = { clientSecret: "", accessToken: "" };

export type WizardState = {
  draft: Draft;
  visited: StepId[];
  diagnosis: Diagnosis | null;
  secrets: Secrets;
  // evidence@1 files from the probe on the ECE servers: redacted, so kept like the answers.
  serverEvidence: EvidenceFile[];
  setServerEvidence: (files: EvidenceFile[]) => void;
  setField: (id: FieldId, value: DraftValue) => void;
  setSecret: (name: SecretName, value: string) => void;
  markVisited: (id: StepId) => void;
  setDiagnosis: (diagnosis: Diagnosis) => void;
  setSharedLink: (link: SharedLink | null) => void;
  loadDraft: (draft: Draft) => void;
  reset: () => void;
};

export const storageKey = "ece-oauth-doctor/wizard";
export const storageVersion = 1;

type Persisted = Pick<WizardState, "draft" | "visited" | "diagnosis" | "serverEvidence">;

export function createWizardStore() {
  return createStore<WizardState>()(
    persist(
      (set) => ({
        draft: {},
        visited: [],
        diagnosis: null,
        secrets: noSecrets,
        serverEvidence: [],
        setServerEvidence: (serverEvidence) => set({ serverEvidence }),
        setField: (id, value) => set((state) => ({ draft: { ...state.draft, [id]: value }, diagnosis: null })),
        setSecret: (name, value) => set((state) => ({ secrets: { ...state.secrets, [name]: value }, diagnosis: null })),
        markVisited: (id) => set((state) => (state.visited.includes(id) ? state : { visited: [...state.visited, id] })),
        setDiagnosis: (diagnosis) => set({ diagnosis }),
        setSharedLink: (link) =>
          set((state) => {
            if (!state.diagnosis) return state;
            const { sharedLink: _old, ...rest } = state.diagnosis;
            return { diagnosis: link ? { ...rest, sharedLink: link } : rest };
          }),
        loadDraft: (draft) => set({ draft, visited: [], diagnosis: null, secrets: noSecrets, serverEvidence: [] }),
        reset: () => set({ draft: {}, visited: [], diagnosis: null, secrets: noSecrets, serverEvidence: [] }),
      }),
      {
        name: storageKey,
        version: storageVersion,
        storage: createJSONStorage(() => sessionStorage),
        // Secrets (client secret, access token) are deliberately left out: they never reach storage.
        partialize: (state): Persisted => ({
          draft: state.draft,
          visited: state.visited,
          diagnosis: withoutLinkKey(state.diagnosis),
          serverEvidence: state.serverEvidence,
        }),
        skipHydration: true,
      },
    ),
  );
}

export type WizardStore = ReturnType<typeof createWizardStore>;
