"use client";

import { useEffect, useRef } from "react";

export type SummaryError = { href: string; text: string };

export function ErrorSummary({ title, errors, focusKey }: { title: string; errors: SummaryError[]; focusKey: number }) {
  const ref = useRef<HTMLElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey changes on every submit, so focus returns to the summary each time.
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [focusKey, errors.length]);

  if (errors.length === 0) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-fail p-4"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <div role="alert">
        <ul className="space-y-1">
          {errors.map((error) => (
            <li key={error.href + error.text}>
              <a
                href={error.href}
                className="font-semibold text-fail"
                onClick={(event) => {
                  const target = document.getElementById(error.href.slice(1));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
