import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

export type JsonProblem =
  | "comma"
  | "colon"
  | "name"
  | "value"
  | "closeBrace"
  | "closeBracket"
  | "end"
  | "string"
  | "symbol"
  | "other";
export type JsonLocation = { line: number; column: number; problem: JsonProblem };

const problems: Record<string, JsonProblem> = {
  CommaExpected: "comma",
  ColonExpected: "colon",
  PropertyNameExpected: "name",
  ValueExpected: "value",
  CloseBraceExpected: "closeBrace",
  CloseBracketExpected: "closeBracket",
  EndOfFileExpected: "end",
  UnexpectedEndOfString: "string",
  InvalidSymbol: "symbol",
  InvalidCharacter: "symbol",
};

/** Where strict JSON first goes wrong, as a line and column a person can find (JSON.parse says only "position 42", or less). */
export function locateJsonError(text: string): JsonLocation | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const before = text.slice(0, first.offset).split("\n");
  return {
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
    problem: problems[printParseErrorCode(first.error)] ?? "other",
  };
}

/** A file is taken as text only when it decodes as UTF-8 and holds no NUL byte (a PNG or a ZIP does not). */
export function decodeTextFile(bytes: ArrayBuffer): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}
