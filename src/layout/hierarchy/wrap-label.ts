/** Approximate advance of a character in ems for a sans-serif UI font (no DOM measuring in layout code). */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60))) return 1;
  if (/[iljtf.,:;'!|\s()[\]]/.test(ch)) return 0.3;
  if (/[MWmw@]/.test(ch)) return 0.85;
  if (/[A-Z]/.test(ch)) return 0.66;
  return 0.55;
}

/** Estimated width of `text` in ems. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += advance(ch);
  return width;
}

/**
 * Greedy word wrap of `text` into at most `maxLines` lines of `maxEms` (estimated) width; words
 * longer than a line are broken, and text that does not fit ends in "…" with `truncated: true`.
 */
export function wrapLabel(text: string, maxEms: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate) <= maxEms) {
      line = candidate;
      continue;
    }
    flush();
    let rest = word;
    while (textWidth(rest) > maxEms) {
      let cut = '';
      for (const ch of rest) {
        if (textWidth(cut + ch) > maxEms && cut) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  flush();
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let lastLine = kept[maxLines - 1] ?? '';
  while (lastLine && textWidth(`${lastLine}…`) > maxEms) lastLine = [...lastLine].slice(0, -1).join('');
  kept[maxLines - 1] = `${lastLine.trimEnd()}…`;
  return { lines: kept, truncated: true };
}
