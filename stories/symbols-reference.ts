/**
 * The symbols reference: every `arm` and `echelon` value of the schema with the glyph oob-charts
 * draws for it, computed by src/symbols (no pictures). Used by the Storybook page
 * (stories/symbols.stories.ts) and to write docs/symbols.md (`node scripts/symbols-doc.mjs`; a
 * test keeps the file equal to `symbolsMarkdown()`).
 */
import { ARMS, ECHELONS } from '../src/data/validate/enums.js';
import type { Affiliation, KnownArm, KnownEchelon } from '../src/data/types.js';
import { unitSymbol } from '../src/symbols/index.js';
import type { SymbolShape, UnitSymbol } from '../src/symbols/index.js';

/** What each arm's icon is, in words, and what readers should know about it. */
export const ARM_NOTES: Readonly<Record<KnownArm, string>> = {
  headquarters: "No icon; a staff (a line down from the frame's lower left corner) marks the headquarters.",
  infantry: 'Crossed diagonals (X) from corner to corner.',
  'motorized-infantry': 'The infantry X with a vertical line through the middle.',
  cavalry: 'One diagonal, lower left to upper right (APP-6 reconnaissance/cavalry).',
  artillery: 'A filled dot in the middle.',
  armour: 'A track outline (a rounded bar) in the middle.',
  air: 'A bow tie (the fixed-wing "propeller").',
  engineers: 'A bracket open at the bottom with a middle post (the APP-6 engineer sign, an E on its side).',
  signals: 'A lightning zigzag from the upper left to the lower right corner.',
  logistics: 'A bar across the lower third.',
  medical: 'A cross through the middle.',
  reserve: 'The letters RES.',
  irregular: 'The letters IRR.',
  'combined-arms':
    "The infantry X plus the armour track: APP-6's armoured (mechanised) infantry. Readers of an army before tanks may take it for " +
    'mechanised infantry; for a mixed force of foot, horse and guns, use a custom value (`x-combined-arms`, which draws no icon) ' +
    "or the arm of the unit's main body.",
  unknown: 'No icon (the arm is not known).',
};

/** What each echelon's amplifier above the frame is, in words. */
export const ECHELON_NOTES: Readonly<Record<KnownEchelon, string>> = {
  team: 'A circle crossed by a diagonal.',
  squad: 'One dot.',
  section: 'Two dots.',
  platoon: 'Three dots.',
  company: 'One bar (|).',
  battalion: 'Two bars (||).',
  regiment: 'Three bars (|||).',
  brigade: 'One X.',
  division: 'XX.',
  corps: 'XXX.',
  army: 'XXXX.',
  'army-group': 'XXXXX.',
  region: 'XXXXXX.',
  command: 'Two plus signs (++).',
  unknown: 'Nothing (the echelon is not known).',
};

export const SYMBOL_ARMS: readonly KnownArm[] = ARMS as readonly KnownArm[];
export const SYMBOL_ECHELONS: readonly KnownEchelon[] = ECHELONS as readonly KnownEchelon[];

/** Frame fills of the four affiliations (the light theme's APP-6 defaults). */
export const FILLS: Readonly<Record<Affiliation, string>> = {
  friend: '#80e0ff',
  hostile: '#ff8080',
  neutral: '#aaffaa',
  unknown: '#ffff80',
};

/** The geometry of one reference glyph: a friendly unit of `arm` (or none) and `echelon` (or none). */
export function referenceSymbol(
  arm: KnownArm | undefined,
  echelon: KnownEchelon | undefined,
  affiliation: Affiliation = 'friend',
): UnitSymbol {
  return unitSymbol({ affiliation, arm, echelon, size: 36 });
}

/** `viewBox` of a symbol's drawn bounds plus a margin for the stroke. */
export function viewBoxOf(symbol: UnitSymbol): string {
  const m = 3;
  const { x0, y0, x1, y1 } = symbol.bounds;
  return `${x0 - m} ${y0 - m} ${x1 - x0 + 2 * m} ${y1 - y0 + 2 * m}`;
}

/** Presentation attributes of a shape by role: frames filled, icon lines stroked, marks filled. */
export function paintOf(shape: SymbolShape, fill: string): { fill: string; stroke: string } {
  if (shape.role === 'frame') return { fill, stroke: '#1f2328' };
  if (shape.role === 'icon-fill' || shape.role === 'echelon-fill') return { fill: '#1f2328', stroke: 'none' };
  return { fill: 'none', stroke: '#1f2328' };
}

function shapeMarkup(shape: SymbolShape, fill: string): string {
  const { fill: f, stroke } = paintOf(shape, fill);
  const paint = `fill="${f}" stroke="${stroke}" stroke-width="1.5"`;
  if (shape.kind === 'path') return `<path d="${shape.d}" ${paint}/>`;
  if (shape.kind === 'circle') return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" ${paint}/>`;
  return `<text x="${shape.x}" y="${shape.y}" font-size="${shape.fontSize}" text-anchor="middle" ${paint}>${shape.text}</text>`;
}

/** One glyph as SVG markup for the Markdown page (computed numbers and fixed words only). */
export function symbolMarkup(symbol: UnitSymbol, label: string, affiliation: Affiliation = 'friend'): string {
  const [, , w, h] = viewBoxOf(symbol).split(' ').map(Number) as [number, number, number, number];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(w)}" height="${Math.round(h)}" viewBox="${viewBoxOf(symbol)}" role="img" aria-label="${label}">` +
    `${symbol.shapes.map((s) => shapeMarkup(s, FILLS[affiliation])).join('')}</svg>`
  );
}

/** docs/symbols.md: every arm and echelon value with its glyph and a description. */
export function symbolsMarkdown(): string {
  const rows = (values: readonly string[], notes: Readonly<Record<string, string>>, glyph: (v: string) => string) =>
    values.map((v) => `| \`${v}\` | ${glyph(v)} | ${notes[v]} |`).join('\n');
  return `# Unit symbols: what each \`arm\` and \`echelon\` draws

<!-- Written by \`node scripts/symbols-doc.mjs\` from src/symbols; a test keeps it equal to the code. -->

The hierarchy chart draws each unit as a land-unit symbol after APP-6: the **frame** shows the
affiliation of the unit's side (friend rectangle, hostile diamond, neutral square, unknown
quatrefoil), the **icon** inside shows its \`arm\`, and the **amplifier** above shows its \`echelon\`.
The glyphs below are computed by \`src/symbols\` (the same code the chart uses), drawn on a friendly
frame. Storybook shows the same reference, in every frame, under *Docs/Unit symbols*.

Custom values (\`x-...\`) are accepted by the schema and draw no icon or amplifier.

## Arms (\`arm\`)

| value | glyph | what it draws |
| --- | --- | --- |
${rows(SYMBOL_ARMS, ARM_NOTES, (v) => symbolMarkup(referenceSymbol(v as KnownArm, undefined), `${v} symbol`))}

## Echelons (\`echelon\`)

| value | glyph | what it draws |
| --- | --- | --- |
${rows(SYMBOL_ECHELONS, ECHELON_NOTES, (v) => symbolMarkup(referenceSymbol(undefined, v as KnownEchelon), `${v} symbol`))}
`;
}
