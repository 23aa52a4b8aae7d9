"use client";

import { fields, listOf, textOf, type DraftValue, type FieldId } from "@/lib/case/fields";
import { redactSecrets } from "@/lib/probes/redact";
import { useClouds } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";

type FieldText = { label: string; hint?: string; options?: Record<string, string> };

export function fieldText(t: ReturnType<typeof useI18n>["t"], id: FieldId): FieldText {
  return t.fields[id] as FieldText;
}

const inputClass = "mt-1 block w-full max-w-xl border-2 border-ink px-2 py-1.5 text-base";
const errorInputClass = "border-fail";

export function Field({ id, value, error, onChange }: { id: FieldId; value: DraftValue | undefined; error?: string; onChange: (value: DraftValue) => void }) {
  const { t } = useI18n();
  const def = fields[id];
  const clouds = useClouds();
  const text = fieldText(t, id);
  const options: readonly string[] = def.kind === "cloud" ? clouds.map((cloud) => cloud.id) : "options" in def ? def.options : [];
  const optionLabel = (option: string) => text.options?.[option] ?? clouds.find((cloud) => cloud.id === option)?.label ?? option;
  const hintId = text.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const wrapper = `mb-6 ${error ? "border-l-4 border-fail pl-4" : ""}`;
  const errorLine = error ? (
    <p id={errorId} className="mt-1 font-bold text-fail">
      <span className="sr-only">{t.errors.summaryTitle}: </span>
      {error}
    </p>
  ) : null;
  const hint = text.hint ? (
    <p id={hintId} className="mt-1 text-muted">
      {text.hint}
    </p>
  ) : null;

  if (def.kind === "radio" || def.kind === "cloud" || def.kind === "checkboxes") {
    const multiple = def.kind === "checkboxes";
    const chosen = listOf(value);
    return (
      <fieldset className={wrapper} aria-describedby={describedBy}>
        <legend className="text-lg font-bold">{text.label}</legend>
        {hint}
        {errorLine}
        <div className="mt-2 space-y-2">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index}`;
            const checked = multiple ? chosen.includes(option) : textOf(value) === option;
            return (
              <div key={option} className="flex items-start gap-3">
                <input
                  id={inputId}
                  type={multiple ? "checkbox" : "radio"}
                  name={id}
                  value={option}
                  checked={checked}
                  className="mt-1 size-5 shrink-0 accent-ink"
                  onChange={(event) => {
                    if (!multiple) return onChange(option);
                    onChange(event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option));
                  }}
                />
                <label htmlFor={inputId} className="cursor-pointer">
                  {optionLabel(option)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  const common = {
    id,
    name: id,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    className: `${inputClass} ${error ? errorInputClass : ""}`,
    spellCheck: false,
  } as const;

  return (
    <div className={wrapper}>
      <label htmlFor={id} className="block text-lg font-bold">
        {text.label}
      </label>
      {hint}
      {errorLine}
      {def.kind === "emails" ? (
        <textarea {...common} rows={4} value={typeof value === "string" ? value : textOf(value)} onChange={(event) => onChange(event.target.value)} />
      ) : def.kind === "paste" ? (
        // Redacted before it reaches the store (and sessionStorage): a pasted log line may carry a token.
        <textarea {...common} rows={6} maxLength={def.max} value={typeof value === "string" ? value : ""} onChange={(event) => onChange(redactSecrets(event.target.value))} />
      ) : (
        <input
          {...common}
          type={def.kind === "secret" ? "password" : def.kind === "email" ? "email" : "text"}
          inputMode={def.kind === "number" ? "numeric" : def.kind === "url" ? "url" : undefined}
          autoComplete={def.kind === "secret" ? "new-password" : "off"}
          value={typeof value === "string" ? value : textOf(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
