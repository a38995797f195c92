import { textWidth } from '../text.js';

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG = /\p{L}/u;

/** Direction of `text` by its first strong (letter) character, as `dir="auto"` decides: Arabic-script Uyghur is `rtl`. */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (RTL.test(ch)) return 'rtl';
    if (STRONG.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** Width of a text in some unit: the estimate in ems by default, measured pixels in a browser. */
export type Measure = (text: string) => number;

const estimate: Measure = (text) => textWidth(text);

/** `text` cut to fit `maxWidth` with a trailing "…" (unchanged when it fits). */
export function ellipsize(text: string, maxWidth: number, measure: Measure = estimate): string {
  if (measure(text) <= maxWidth) return text;
  let kept = [...text];
  while (kept.length > 0 && measure(`${kept.join('').trimEnd()}…`) > maxWidth) kept = kept.slice(0, -1);
  return `${kept.join('').trimEnd()}…`;
}

/**
 * Greedy word wrap of `text` into at most `maxLines` lines of `maxWidth` (as `measure` counts it;
 * ems of the estimate by default); words longer than a line are broken, and text that does not
 * fit ends in "…" with `truncated: true`.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure = estimate,
): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    flush();
    let rest = word;
    while (measure(rest) > maxWidth) {
      let cut = '';
      for (const ch of rest) {
        if (measure(cut + ch) > maxWidth && cut) break;
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
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1] ?? ''}…`, maxWidth, measure);
  return { lines: kept, truncated: true };
}
