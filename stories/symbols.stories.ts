import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import type { Affiliation, KnownArm, KnownEchelon } from '../src/data/types.js';
import type { SymbolShape, UnitSymbol } from '../src/symbols/index.js';
import { ARM_NOTES, ECHELON_NOTES, FILLS, SYMBOL_ARMS, SYMBOL_ECHELONS, paintOf, referenceSymbol, viewBoxOf } from './symbols-reference.js';

const AFFILIATIONS: readonly Affiliation[] = ['friend', 'hostile', 'neutral', 'unknown'];

function shape(s: SymbolShape, fill: string) {
  const p = paintOf(s, fill);
  if (s.kind === 'path') return svg`<path d=${s.d} fill=${p.fill} stroke=${p.stroke} stroke-width="1.5"></path>`;
  if (s.kind === 'circle')
    return svg`<circle cx=${s.cx} cy=${s.cy} r=${s.r} fill=${p.fill} stroke=${p.stroke} stroke-width="1.5"></circle>`;
  return svg`<text x=${s.x} y=${s.y} font-size=${s.fontSize} text-anchor="middle" fill=${p.fill}>${s.text}</text>`;
}

/** One glyph, drawn from the geometry src/symbols computes (the same the hierarchy chart draws). */
function glyph(symbol: UnitSymbol, affiliation: Affiliation, label: string) {
  const [, , w, h] = viewBoxOf(symbol).split(' ').map(Number) as [number, number, number, number];
  return html`<svg class="glyph" width=${Math.round(w * 1.4)} height=${Math.round(h * 1.4)} viewBox=${viewBoxOf(symbol)} role="img" aria-label=${label}>
    ${symbol.shapes.map((s) => shape(s, FILLS[affiliation]))}
  </svg>`;
}

const styles = html`<style>
  .symbols { font: 14px/1.4 system-ui, sans-serif; color: #1f2328; max-width: 980px; }
  .symbols table { border-collapse: collapse; width: 100%; margin-bottom: 24px; }
  .symbols th, .symbols td { border-bottom: 1px solid #d1d9e0; padding: 6px 8px; text-align: left; vertical-align: middle; }
  .symbols td.g { white-space: nowrap; }
  .symbols .glyph { margin-inline-end: 6px; vertical-align: middle; }
  .symbols code { font-size: 13px; }
</style>`;

function table<T extends string>(
  caption: string,
  values: readonly T[],
  notes: Readonly<Record<T, string>>,
  make: (v: T, a: Affiliation) => UnitSymbol,
) {
  return html`<table>
    <caption><strong>${caption}</strong></caption>
    <thead><tr><th scope="col">value</th><th scope="col">glyph (friend, hostile, neutral, unknown frames)</th><th scope="col">what it draws</th></tr></thead>
    <tbody>
      ${values.map(
        (v) => html`<tr>
          <th scope="row"><code>${v}</code></th>
          <td class="g">${AFFILIATIONS.map((a) => glyph(make(v, a), a, `${v}, ${a}`))}</td>
          <td>${notes[v]}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

const meta: Meta = {
  title: 'Docs/Unit symbols',
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/**
 * Every `arm` value of the schema and the icon it draws inside the frame. Note `combined-arms`: it
 * draws infantry plus armour (APP-6 armoured infantry), not a mixed force of foot, horse and guns.
 */
export const Arms: Story = {
  render: () => html`${styles}<div class="symbols">
    ${table('Arms (arm)', SYMBOL_ARMS, ARM_NOTES, (v: KnownArm, a) => referenceSymbol(v, undefined, a))}
  </div>`,
};

/** Every `echelon` value of the schema and the amplifier it draws above the frame. */
export const Echelons: Story = {
  render: () => html`${styles}<div class="symbols">
    ${table('Echelons (echelon)', SYMBOL_ECHELONS, ECHELON_NOTES, (v: KnownEchelon, a) => referenceSymbol(undefined, v, a))}
  </div>`,
};
