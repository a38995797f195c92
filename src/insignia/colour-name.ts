/** Plain-English names for the colours insignia use, with a representative sRGB value each. */
const PALETTE: readonly (readonly [string, number, number, number])[] = [
  ['gold', 212, 175, 55],
  ['gold', 201, 164, 58],
  ['silver', 192, 192, 192],
  ['white', 255, 255, 255],
  ['black', 0, 0, 0],
  ['grey', 128, 128, 128],
  ['red', 204, 0, 0],
  ['red', 178, 34, 34],
  ['crimson', 220, 20, 60],
  ['crimson', 176, 16, 58],
  ['dark red', 120, 20, 28],
  ['khaki', 139, 134, 78],
  ['olive', 96, 108, 56],
  ['green', 46, 125, 50],
  ['blue', 31, 78, 156],
  ['light blue', 120, 180, 230],
  ['navy', 20, 30, 80],
  ['brown', 120, 72, 30],
  ['yellow', 240, 220, 40],
  ['orange', 230, 120, 20],
];

function parseRGB(css: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(css);
  if (hex?.[1]) {
    const h = hex[1];
    const full = h.length <= 4 ? [...h.slice(0, 3)].map((c) => c + c).join('') : h.slice(0, 6);
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/i.exec(css);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}

/**
 * A short English name for a CSS colour, for text alternatives: CSS keywords are kept
 * (`darkred` -> "dark red"), hex and `rgb()` values get the nearest name of a small palette,
 * anything else (`var()`, `hsl()`) gives `undefined`.
 */
export function colourName(css: string | undefined): string | undefined {
  if (!css) return undefined;
  const value = css.trim().toLowerCase();
  if (/^[a-z]+$/.test(value)) {
    if (value === 'transparent' || value === 'currentcolor') return undefined;
    return value.replace(/^(dark|light|medium|pale)(?=[a-z]{3})/, '$1 ').replace(/gray/, 'grey');
  }
  const rgb = parseRGB(value);
  if (!rgb) return undefined;
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [name, r, g, b] of PALETTE) {
    const distance = (r - rgb[0]) ** 2 + (g - rgb[1]) ** 2 + (b - rgb[2]) ** 2;
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
