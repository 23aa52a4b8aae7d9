// The text the patterns read: the way logs reformat a reply undone, with a map back to the pasted text so that each
// match keeps its line. One pass, no regular expression over the whole text: HTML entities decoded, JSON and Java
// string escapes (\r \n \t \" at any depth of escaping) turned back into what they stand for, and every run of
// whitespace folded into one space, so a wrapped line or a CR LF never hides a match.
const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", "#39": "'", "#x27": "'", "#34": '"', "#x2F": "/", "#47": "/" };

export type Normalised = { text: string; offsets: number[] };

export function normalise(input: string, options: { joinLines?: boolean } = {}): Normalised {
  const out: string[] = [];
  const offsets: number[] = [];
  let lastSpace = true;
  const emit = (char: string, at: number) => {
    if (options.joinLines && (char === "\n" || char === "\r")) return;
    const space = char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f" || char === "\v" || char === "\u00a0";
    if (space) {
      if (lastSpace) return;
      out.push(" ");
    } else out.push(char);
    offsets.push(at);
    lastSpace = space;
  };
  let index = 0;
  while (index < input.length) {
    const char = input[index] ?? "";
    if (char === "&") {
      const end = input.indexOf(";", index + 1);
      const name = end > index && end - index <= 6 ? input.slice(index + 1, end) : "";
      const value = entities[name] ?? entities[name.toLowerCase()];
      if (value !== undefined) {
        emit(value, index);
        index = end + 1;
        continue;
      }
    }
    if (char === "\\") {
      let end = index;
      while (input[end] === "\\") end++;
      const next = input[end] ?? "";
      if (next === "r" || next === "n" || next === "t") {
        emit(" ", index);
        index = end + 1;
        continue;
      }
      if (next === '"' || next === "'" || next === "/") {
        emit(next, index);
        index = end + 1;
        continue;
      }
      emit("\\", index);
      index = end;
      continue;
    }
    emit(char, index);
    index++;
  }
  offsets.push(input.length);
  return { text: out.join(""), offsets };
}
