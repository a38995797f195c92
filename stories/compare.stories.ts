import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OobHierarchy } from '../src/elements/hierarchy/define.js';
import '../src/elements/dataset/define.js';
import '../src/elements/timeline/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import type { OrderOfBattle } from '../src/data/types.js';
import { ILLUSTRATIVE, withUyghur } from './support/uyghur.js';

// Defines the element even where a bundler's `sideEffects` list drops define.ts as a bare import.
if (!customElements.get('oob-hierarchy')) customElements.define('oob-hierarchy', OobHierarchy);

interface Args {
  date: string;
  compare: string;
  changesOnly: boolean;
  layout: 'auto' | 'tidy' | 'compact' | 'horizontal' | 'radial' | 'indented';
  depth: number;
  lang: string;
  theme: 'light' | 'dark' | undefined;
  height: number;
}

const chart = (args: Args, data?: OrderOfBattle) => html`<oob-hierarchy
    .data=${data}
    date=${ifDefined(args.date || undefined)}
    compare=${ifDefined(args.compare || undefined)}
    ?changes-only=${args.changesOnly}
    layout=${args.layout}
    depth=${args.depth}
    lang=${ifDefined(args.lang || undefined)}
    theme=${ifDefined(args.theme)}
    style="height: ${args.height}px"
  ></oob-hierarchy>`;

/** The CSV that `toCSV()` gives, under the chart: what a reader would paste into a spreadsheet. */
const withCSV = (args: Args, data?: OrderOfBattle) => html`${chart(args, data)}
  <button style="margin-top: 8px" @click=${(e: Event) => {
    const button = e.currentTarget as HTMLElement;
    const el = button.parentElement?.querySelector('oob-hierarchy') as OobHierarchy | null;
    const out = button.nextElementSibling as HTMLElement;
    out.textContent = el?.toCSV() ?? '';
  }}>Show toCSV()</button>
  <pre style="font: 11px ui-monospace, monospace; white-space: pre-wrap"></pre>`;

/**
 * `<oob-hierarchy compare>`: what changed in an order of battle between two dates. The chart draws
 * the union of both trees; each changed unit carries a mark per kind of change (shapes, named in
 * the legend and in the unit's accessible name), removed units are faded, a moved unit keeps a
 * dashed line to its old superior, a redesignated one shows its old name struck through.
 */
const meta: Meta<Args> = {
  title: 'Elements/Hierarchy: compare',
  component: 'oob-hierarchy',
  args: { date: '1949-12', compare: '1945-04', changesOnly: false, layout: 'auto', depth: 3, lang: '', theme: undefined, height: 560 },
  argTypes: {
    date: { control: 'text', description: 'The later date (EDTF).' },
    compare: { control: 'text', description: 'The date to compare with (EDTF); empty = no comparison.' },
    changesOnly: { control: 'boolean', description: '`changes-only`: fold the unchanged units away.' },
    layout: { control: 'inline-radio', options: ['auto', 'tidy', 'compact', 'horizontal', 'radial', 'indented'] },
    depth: { control: { type: 'range', min: 0, max: 8, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    height: { control: { type: 'range', min: 240, max: 900, step: 20 } },
  },
  render: (args) => withCSV(args),
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The built-in dataset from April 1945 to December 1949: the army incorporated into the PLA as the
 * Xinjiang 5th Army Corps (changed side, downgraded, redesignated), the Sibo and Mongol battalions
 * upgraded to regiments at a date the source only gives as "later", and the Kazakh cavalry's 1947
 * defection to Osman Batur (changed side, moved).
 */
export const AprilTo1949: Story = { name: 'Apr 1945 → Dec 1949' };

/** `changes-only`: the unchanged regiments are folded away; the changed units keep their superiors. */
export const ChangesOnly: Story = { name: 'Changes only', args: { changesOnly: true } };

export const Outline: Story = { name: 'Outline (indented)', args: { layout: 'indented' } };

/** The same comparison at 360, 550 and 1100 px wide: marks, old names and the legend stay readable. */
export const AtWidths: Story = {
  name: 'Widths (360, 550, 1100 px)',
  render: (args) =>
    html`${[360, 550, 1100].map(
      (width) => html`<h3 style="font: 600 13px system-ui, sans-serif; margin: 12px 0 4px">${width} px wide</h3>
        <div style="width: ${width}px; max-width: 100%">${chart({ ...args, height: 480 }, undefined)}</div>`,
    )}`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { disable: true } },
  decorators: [(story) => html`<div style="background: #0d1117; color: #e6edf3; padding: 12px">${story()}</div>`],
};

/** A right-to-left page with illustrative Uyghur labels: the legend reads from the right, old names keep their direction. */
export const RightToLeft: Story = {
  name: 'RTL: Uyghur labels',
  args: { lang: 'ug' },
  render: (args) => html`<div dir="rtl">${ILLUSTRATIVE}${chart(args, withUyghur)}</div>`,
};

/**
 * Linked: a range `<oob-timeline>` inside `<oob-dataset>` sets the shared `compare` (start thumb) and
 * `date` (end thumb); the hierarchy follows both.
 */
export const WithRangeTimeline: Story = {
  name: 'Linked: range timeline',
  render: (args) => html`<oob-dataset date="1949-12-22" compare="1945-04-08">
    <div style="max-width: 900px"><oob-timeline range></oob-timeline>
    <oob-hierarchy depth=${args.depth} style="height: ${args.height}px"></oob-hierarchy></div>
  </oob-dataset>`,
};

const generated = new Map<number, OrderOfBattle>();
const synthetic = (units: number) => {
  let data = generated.get(units);
  if (!data) generated.set(units, (data = generateOrderOfBattle({ units, seed: 42 })));
  return data;
};

/** A generated army of 10,000 units, mid-1941 against the end of 1945 (the generator's dates run 1940-1946). */
export const Generated10000: Story = {
  name: '10,000 generated units',
  args: { date: '1945-12', compare: '1941-06', depth: 2 },
  render: (args) => withCSV(args, synthetic(10_000)),
};
