"use client";

import { useState } from "react";
import { useClouds } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";
import { type CutText, redactAndCut } from "@/lib/case/cut-text";
import { fieldWarning } from "@/lib/case/field-warnings";
import {
  type DraftValue,
  type FieldDef,
  type FieldError,
  type FieldId,
  fields,
  listOf,
  textOf,
} from "@/lib/case/fields";
import { intlLocale } from "@/lib/i18n/dates";
import { format } from "@/lib/i18n/format";

type FieldText = { label: string; hint?: string; options?: Record<string, string> };

export function fieldText(t: ReturnType<typeof useI18n>["t"], id: FieldId): FieldText {
  return t.fields[id] as FieldText;
}

/** An error message naming the field as a person would: without the label's "(optional)", with the limit where there is one. */
export function fieldErrorText(t: ReturnType<typeof useI18n>["t"], error: FieldError): string {
  const def: FieldDef = fields[error.field];
  const label = fieldText(t, error.field).label;
  const name = def.optional ? label.replace(/\s*\([^()]*\)$/, "") : label;
  return format(t.errors[error.key], { field: name, ...(def.max === undefined ? {} : { max: def.max }) });
}

const inputClass = "mt-1 block w-full max-w-xl border-2 border-ink px-2 py-1.5 text-base";
const errorInputClass = "border-fail";

export function Field({
  id,
  value,
  error,
  tenant,
  onChange,
}: {
  id: FieldId;
  value: DraftValue | undefined;
  error?: string;
  tenant?: string;
  onChange: (value: DraftValue) => void;
}) {
  const { locale, t } = useI18n();
  const [cut, setCut] = useState<CutText["cut"]>(null);
  const def = fields[id];
  const clouds = useClouds();
  const text = fieldText(t, id);
  const options: readonly string[] =
    def.kind === "cloud" ? clouds.map((cloud) => cloud.id) : "options" in def ? def.options : [];
  const optionLabel = (option: string) =>
    text.options?.[option] ?? clouds.find((cloud) => cloud.id === option)?.label ?? option;
  const hintId = text.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // Shown as the field is answered, beside it; it does not block Continue (the report lists it too).
  const warning = def.kind === "text" || def.kind === "url" ? fieldWarning(id, textOf(value), tenant) : null;
  const warningId = warning ? `${id}-warning` : undefined;
  const cutId = cut ? `${id}-cut` : undefined;
  const describedBy = [hintId, errorId, warningId, cutId].filter(Boolean).join(" ") || undefined;
  const wrapper = `mb-6 ${error ? "border-l-4 border-fail pl-4" : ""}`;
  const errorLine = error ? (
    <p id={errorId} className="mt-1 font-bold text-fail">
      <span className="sr-only">{t.errors.summaryTitle}: </span>
      {error}
    </p>
  ) : null;
  const warningLine = warning ? (
    <div
      id={warningId}
      className="mt-2 max-w-xl border-l-4 border-warn bg-amber-50 p-2 text-warn"
      data-testid="field-warning"
      data-warning={warning.key}
    >
      <p className="font-bold">
        <span aria-hidden="true">! </span>
        <span className="sr-only">{t.warnings.prefix}: </span>
        {format(t.warnings[warning.key], { field: text.label, length: warning.length ?? 0 })}
      </p>
      <p>{t.warnings.later}</p>
    </div>
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
        <textarea
          {...common}
          rows={4}
          value={typeof value === "string" ? value : textOf(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : def.kind === "paste" ? (
        // Redacted before it reaches the store (and sessionStorage): a pasted log line may carry a token.
        // Redacted before it is cut, and cut on a line boundary: a cut never leaves part of a token behind.
        <>
          <textarea
            {...common}
            rows={6}
            value={typeof value === "string" ? value : ""}
            onChange={(event) => {
              const result = redactAndCut(event.target.value, def.max ?? Number.MAX_SAFE_INTEGER);
              setCut(result.cut);
              onChange(result.text);
            }}
          />
          {cut ? (
            <p id={cutId} role="status" className="mt-1 max-w-xl font-semibold" data-testid="paste-cut">
              {format(t.symptom.errorTextCut, {
                max: (def.max ?? 0).toLocaleString(intlLocale(locale)),
                kept: cut.kept.toLocaleString(intlLocale(locale)),
                total: cut.total.toLocaleString(intlLocale(locale)),
              })}
            </p>
          ) : null}
        </>
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
      {warningLine}
    </div>
  );
}
