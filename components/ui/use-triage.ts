"use client";

import { useEffect, useMemo, useState } from "react";
import type { CauseId } from "@/lib/catalogue/causes";

type Triage = typeof import("@/lib/triage/triage");

// The triage patterns are the largest part of the wizard's own JavaScript, and most cases paste no error text: they
// are loaded once a page has a text to read, and then kept for the pages that follow.
let loaded: Triage | null = null;
let loading: Promise<Triage> | null = null;

function loadTriage(): Promise<Triage> {
  loading ??= import("@/lib/triage/triage").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The triage module once `text` is not empty and the module has loaded; null before (and for an empty text). */
export function useTriage(text: string): Triage | null {
  const [triage, setTriage] = useState<Triage | null>(loaded);
  useEffect(() => {
    if (text === "" || triage !== null) return;
    let current = true;
    loadTriage().then(
      (module) => current && setTriage(module),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [text, triage]);
  return text === "" ? null : triage;
}

const none: readonly CauseId[] = [];

/** The causes a pasted error text names, in order; none until the triage has loaded. */
export function useTextCauses(text: string): readonly CauseId[] {
  const triage = useTriage(text);
  return useMemo(() => (triage === null ? none : triage.causesNamedIn(text)), [triage, text]);
}
