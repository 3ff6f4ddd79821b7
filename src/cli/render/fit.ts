/** Long lines folded to a terminal's width, keeping their indent and hanging their bullets. */

/** The widest a line may be; a line is folded at a space before it. */
export const WIDTH = 100;

/** Each line, folded where it is wider than WIDTH; a folded bullet ("- ", "[x] ") hangs. */
export function fit(lines: readonly string[], width = WIDTH): string[] {
  return lines.flatMap((line) => {
    if (line.length <= width) return [line];
    const lead = /^(\s*)(- |\[.\] |\d+\. |[A-Z][\w -]{0,14}: )?/.exec(line)?.[0] ?? '';
    const hang = ' '.repeat(lead.length);
    const out: string[] = [];
    let current = lead;
    // A number stays with its unit ("105 lb", "2 s").
    const words = line.slice(lead.length).split(/ (?!(?:lb|kg|s|m|cm|in|per side)\b)/);
    for (const word of words.filter(Boolean)) {
      const fresh = current === lead || current === hang;
      if (!fresh && current.length + 1 + word.length > width) {
        out.push(current);
        current = hang + word;
      } else current = fresh ? current + word : `${current} ${word}`;
    }
    out.push(current);
    return out;
  });
}
