const NARROW = new Set([...'il.,:;!|\'` ()[]tfjrI']);
const WIDE = new Set([...'mwMW@%—–']);

/**
 * Estimated rendered width of `text` at `fontSize` in a sans-serif face. The layout is pure (no
 * DOM to measure), and an estimate a little on the wide side only makes label thinning cautious.
 */
export function textWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch.charCodeAt(0) > 0x2e80) em += 1;
    else em += 0.56;
  }
  return em * fontSize;
}
