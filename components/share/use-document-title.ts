"use client";

import { useEffect } from "react";

/**
 * Sets the document's title and keeps it: on a dynamic page Next.js streams its metadata, so its <title> can arrive
 * after this page has set an error title ("Error: …", as the other pages do).
 */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    const apply = () => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
