// The text the patterns read: the way logs reformat a reply undone, with a map back to the pasted text so that each
// match keeps its line. One pass over character codes, no regular expression over the whole text: HTML entities
// decoded, JSON and Java string escapes (\r \n \t \" at any depth of escaping) turned back into what they stand for,
// and every run of whitespace folded into one space, so a wrapped line or a CR LF never hides a match. With joinLines,
// line breaks are dropped instead, for replies hard-wrapped in the middle of a word.
const entities: Record<string, number> = {
  lt: 60,
  gt: 62,
  amp: 38,
  quot: 34,
  apos: 39,
  nbsp: 32,
  "#39": 39,
  "#x27": 39,
  "#34": 34,
  "#x2F": 47,
  "#47": 47,
};

const BACKSLASH = 92;
const AMPERSAND = 38;
const SEMICOLON = 59;
const SPACE = 32;
const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 160;
const isBreak = (code: number) => code === 10 || code === 13;

export type Normalised = { text: string; offsets: Int32Array };

export function normalise(input: string, options: { joinLines?: boolean } = {}): Normalised {
  const codes = new Uint16Array(input.length);
  const offsets = new Int32Array(input.length + 1);
  let length = 0;
  let lastSpace = true;
  const emit = (code: number, at: number) => {
    if (options.joinLines && isBreak(code)) return;
    const space = isSpace(code);
    if (space && lastSpace) return;
    codes[length] = space ? SPACE : code;
    offsets[length] = at;
    length++;
    lastSpace = space;
  };
  let index = 0;
  let lineStart = 0;
  while (index < input.length) {
    const code = input.charCodeAt(index);
    // Joined lines: a log prefix repeated on the next line (timestamp, level, thread) is left out, so that a word
    // wrapped across two prefixed lines comes back whole.
    if (options.joinLines && code === 10) {
      const next = index + 1;
      const prefix = sharedPrefix(input, lineStart, next);
      lineStart = next;
      index = next + prefix;
      continue;
    }
    if (code === AMPERSAND) {
      let end = index + 1;
      while (end < input.length && end - index <= 7 && input.charCodeAt(end) !== SEMICOLON) end++;
      const value = input.charCodeAt(end) === SEMICOLON ? entities[input.slice(index + 1, end)] : undefined;
      if (value !== undefined) {
        emit(value, index);
        index = end + 1;
        continue;
      }
    }
    if (code === BACKSLASH) {
      let end = index;
      while (input.charCodeAt(end) === BACKSLASH) end++;
      const next = input[end] ?? "";
      if (next === "r" || next === "n" || next === "t") {
        emit(SPACE, index);
        index = end + 1;
        continue;
      }
      if (next === '"' || next === "'" || next === "/") {
        emit(next.charCodeAt(0), index);
        index = end + 1;
        continue;
      }
      emit(BACKSLASH, index);
      index = end;
      continue;
    }
    emit(code, index);
    index++;
  }
  offsets[length] = input.length;
  const parts: string[] = [];
  for (let start = 0; start < length; start += 8192)
    parts.push(String.fromCharCode(...codes.subarray(start, Math.min(length, start + 8192))));
  return { text: parts.join(""), offsets: offsets.subarray(0, length + 1) };
}

// The longest prefix the two lines share, cut back to its last whitespace, when it is long enough to be a log prefix.
function sharedPrefix(input: string, previous: number, next: number): number {
  let length = 0;
  let lastSpace = 0;
  while (
    length < 200 &&
    next + length < input.length &&
    input.charCodeAt(previous + length) === input.charCodeAt(next + length)
  ) {
    const code = input.charCodeAt(next + length);
    if (code === 10) break;
    length++;
    if (isSpace(code)) lastSpace = length;
  }
  return lastSpace >= 8 ? lastSpace : 0;
}
