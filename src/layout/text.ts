/**
 * Text width estimates for pure layout code, where there is no DOM to measure (server rendering,
 * tests of the maths). Elements that have a DOM measure real text instead; this estimate errs a
 * little on the wide side so that label thinning and wrapping stay cautious.
 */

/** Approximate advance of a character in ems for a sans-serif UI font. */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  // Hangul Jamo, CJK, Hangul syllables, compatibility ideographs and full-width forms are one em.
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60))
  )
    return 1;
  if (/[iljtf.,:;'!|\s()[\]`]/.test(ch)) return 0.3;
  if (/[MWmw@%—–]/.test(ch)) return 0.88;
  if (/[A-Z]/.test(ch)) return 0.68;
  return 0.56;
}

/** Estimated width of `text` set at `fontSize` (so in ems with the default of 1). */
export function textWidth(text: string, fontSize = 1): number {
  let width = 0;
  for (const ch of text) width += advance(ch);
  return width * fontSize;
}
