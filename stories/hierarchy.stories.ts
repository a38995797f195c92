import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OobHierarchy } from '../src/elements/hierarchy/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import type { OrderOfBattle } from '../src/data/types.js';
import type { OobSelectEvent, OobToggleEvent } from '../src/events/index.js';
import { neverAnswers } from './support/never-answers.js';
import { ILLUSTRATIVE, withUyghur } from './support/uyghur.js';

// Defines the element even where a bundler's `sideEffects` list drops define.ts as a bare import.
if (!customElements.get('oob-hierarchy')) customElements.define('oob-hierarchy', OobHierarchy);

interface Args {
  date: string;
  layout: 'auto' | 'tidy' | 'compact' | 'horizontal' | 'radial' | 'indented';
  depth: number;
  lang: string;
  symbols: 'app6' | 'none';
  root: string;
  theme: 'light' | 'dark' | undefined;
  height: number;
}

function show(event: OobSelectEvent | OobToggleEvent): void {
  const out = (event.currentTarget as HTMLElement).parentElement?.querySelector('output');
  if (out) out.textContent = `${event.type}: ${event.type === 'oob-select' ? event.detail.id : JSON.stringify(event.detail)}`;
}

const chart = (args: Args, data?: OrderOfBattle | string, style = '') => html`<oob-hierarchy
    .data=${data}
    date=${ifDefined(args.date || undefined)}
    layout=${args.layout}
    depth=${args.depth}
    lang=${args.lang}
    symbols=${args.symbols}
    root=${ifDefined(args.root || undefined)}
    theme=${ifDefined(args.theme)}
    style="height: ${args.height}px; ${style}"
    @oob-select=${show}
    @oob-toggle=${show}
  ></oob-hierarchy>
  <output style="display: block; margin-top: 6px; font: 12px ui-monospace, monospace; color: inherit">Click a unit or its badge, or use the arrow keys.</output>`;

const meta: Meta<Args> = {
  title: 'Elements/Hierarchy',
  component: 'oob-hierarchy',
  args: { date: '', layout: 'auto', depth: 2, lang: '', symbols: 'app6', root: '', theme: undefined, height: 520 },
  argTypes: {
    date: { control: 'text', description: 'EDTF date (`1947`, `1947-12`, `1947-12-31`); empty = the end of the dataset.' },
    layout: { control: 'inline-radio', options: ['auto', 'tidy', 'compact', 'horizontal', 'radial', 'indented'] },
    depth: { control: { type: 'range', min: 0, max: 8, step: 1 } },
    lang: { control: 'text' },
    symbols: { control: 'inline-radio', options: ['app6', 'none'] },
    root: { control: 'text', description: 'A unit id to show alone, e.g. `osman-batur-irregulars`.' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    height: { control: { type: 'range', min: 240, max: 900, step: 20 } },
  },
  render: (args) => chart(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The built-in Ili National Army at the end of 1949: the army has become the Xinjiang 5th Army Corps of the PLA. */
export const Default: Story = {};

/** Leaf subordinates stacked in one or two columns under their parent, as in wire diagrams. */
export const Compact: Story = { args: { layout: 'compact' } };

/** The same chart at 360, 550 and 1100 px wide: texts stay at 11 px or more, fewer levels open where the box is small. */
const atWidths = (args: Args, data?: OrderOfBattle) =>
  html`${[360, 550, 1100].map(
    (width) => html`<h3 style="font: 600 13px system-ui, sans-serif; margin: 12px 0 4px">${width} px wide</h3>
      <div style="width: ${width}px; max-width: 100%">${chart({ ...args, height: 480 }, data)}</div>`,
  )}`;

export const AutoAtWidths: Story = { name: 'Widths: auto (360, 550, 1100 px)', args: { layout: 'auto' }, render: (args) => atWidths(args) };
export const TidyAtWidths: Story = { name: 'Widths: tidy (360, 550, 1100 px)', args: { layout: 'tidy' }, render: (args) => atWidths(args) };
export const CompactAtWidths: Story = {
  name: 'Widths: compact (360, 550, 1100 px)',
  args: { layout: 'compact' },
  render: (args) => atWidths(args),
};
export const HorizontalAtWidths: Story = {
  name: 'Widths: horizontal (360, 550, 1100 px)',
  args: { layout: 'horizontal' },
  render: (args) => atWidths(args),
};
export const IndentedAtWidths: Story = {
  name: 'Widths: indented (360, 550, 1100 px)',
  args: { layout: 'indented' },
  render: (args) => atWidths(args),
};
export const RadialAtWidths: Story = {
  name: 'Widths: radial (360, 550, 1100 px)',
  args: { layout: 'radial', date: '1946-06-06' },
  render: (args) => atWidths(args),
};

export const Horizontal: Story = { args: { layout: 'horizontal' } };

export const Radial: Story = { args: { layout: 'radial', date: '1946-06-06' } };

/** An outline list: compact, and the easiest to read with a screen reader. */
export const Indented: Story = { args: { layout: 'indented' } };

/** The day the army was formed, with its original regiments and subdivisions. */
export const Formed19450408: Story = { name: 'Date: 1945-04-08 (formation)', args: { date: '1945-04-08' } };

/** The Sibo and Mongol battalions' upgrade has no known date, only a range: a dashed "?" marker says so. */
export const Date19460606: Story = { name: 'Date: 1946-06-06 (upgrade date uncertain)', args: { date: '1946-06-06' } };

/** The Kazakh cavalry regiment has defected to Osman Batur's irregulars (hover the marker for the source). */
export const Date19471231: Story = { name: 'Date: 1947-12-31 (Kazakh cavalry defected)', args: { date: '1947-12-31' } };

/** Incorporation into the PLA as the Xinjiang 5th Army Corps; the Sibo and Mongol units are regiments. */
export const Date19491222: Story = { name: 'Date: 1949-12-22 (incorporated into the PLA)', args: { date: '1949-12-22' } };

/** One subtree only, chosen with `root`. */
export const Subtree: Story = { args: { root: 'osman-batur-irregulars', date: '1948' } };

export const PlainSwatches: Story = { name: 'Without APP-6 symbols', args: { symbols: 'none' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0d1117; color: #e6edf3; padding: 12px">${story()}</div>`],
};

/** Restyled entirely through CSS custom properties: an archival look. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  render: (args) =>
    chart(
      args,
      undefined,
      `--oob-font-family: Georgia, 'Times New Roman', serif; --oob-background: #fbf6e9; --oob-surface: #f3ead3; --oob-text-color: #3b2f1e;
       --oob-muted-color: #6b5a3e; --oob-border-color: #c9b68f; --oob-accent: #8c2d04; --oob-friendly-fill: #c6dbef; --oob-hostile-fill: #f4b9a5;
       --oob-unknown-fill: #efe3a0; --oob-link-stroke: #a08556; --oob-link-width: 2px; --oob-node-stroke: #e3d5b3; --oob-change-color: #8c2d04;`,
    ),
};

/** `lang="ug"`: Uyghur names in Arabic script, drawn right to left (illustrative labels written for this demo). */
export const Uyghur: Story = {
  name: 'RTL: Uyghur labels',
  args: { lang: 'ug', date: '1946-06-06' },
  render: (args) => html`${ILLUSTRATIVE}${chart(args, withUyghur)}`,
};

export const UyghurOutline: Story = {
  name: 'RTL: Uyghur labels, outline',
  args: { lang: 'ug', date: '1946-06-06', layout: 'indented' },
  render: (args) => html`${ILLUSTRATIVE}${chart(args, withUyghur)}`,
};

const generated = new Map<number, OrderOfBattle>();
const synthetic = (units: number) => {
  let data = generated.get(units);
  if (!data) generated.set(units, (data = generateOrderOfBattle({ units, seed: 42 })));
  return data;
};

const unbalanced = generateOrderOfBattle({ units: 60, seed: 3, shape: 'unbalanced' });

/** A ragged generated army (60 units, 1 to 12 subordinates per unit, branches 2 to 6 levels deep), with `layout="auto"` at three widths. */
export const Unbalanced: Story = {
  name: 'Unbalanced generated army (60 units)',
  args: { layout: 'auto', depth: 3 },
  render: (args) => atWidths(args, unbalanced),
};

/** Find a unit in 10,000: type part of a name, an alias or a commander (case and accents do not matter), pick with the arrow keys and Enter. */
export const Search10000: Story = {
  name: 'Find a unit in 10,000',
  args: { depth: 2 },
  render: (args) =>
    html`<p style="font: 13px system-ui, sans-serif; margin: 0 0 8px">Try "guards", "12th tank" or a commander's family name such as "novak".</p>${chart(args, synthetic(10_000))}`,
};

/** A seeded synthetic army of 1,000 units; expand it all with the toolbar. */
export const Generated1000: Story = { name: '1,000 generated units', args: { depth: 2 }, render: (args) => chart(args, synthetic(1000)) };

/** 10,000 units: collapsed by `depth`; zoomed out over thousands it draws an overview, zoomed in only what is in view. */
export const Generated10000: Story = {
  name: '10,000 generated units',
  args: { depth: 2 },
  render: (args) => chart(args, synthetic(10_000)),
};

export const Loading: Story = {
  render: (args) => html`<oob-hierarchy src=${neverAnswers()} style="height: ${args.height}px"></oob-hierarchy>`,
};

const broken = {
  schemaVersion: '1.0',
  meta: { title: 'Broken', defaultLang: 'en' },
  sources: [],
  sides: [{ id: 'a', name: 'A', affiliation: 'friend' }],
  units: [
    { id: 'army', name: '<img src=x onerror=alert(1)>', echelon: 'army', side: 'a' },
    { id: 'r1', parent: 'r2', name: 'First Regiment', echelon: 'regiment' },
    { id: 'r2', parent: 'r1', name: 'Second Regiment', echelon: 'regiment' },
    { id: 'r3', parent: 'ghost', name: 'Third Regiment', echelon: 'regimant' },
  ],
};

/** Invalid data: a cycle, a dangling parent and an unknown echelon, each listed with its JSON path; the page goes on working. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => html`<oob-hierarchy .data=${broken} style="height: ${args.height}px"></oob-hierarchy>`,
};

const markup: OrderOfBattle = {
  schemaVersion: '1.0',
  meta: { title: 'Markup', defaultLang: 'en' },
  sources: [],
  sides: [{ id: 'a', name: 'A', affiliation: 'friend' }],
  units: [
    { id: 'army', name: '<img src=x onerror=alert(1)>', echelon: 'army', side: 'a' },
    { id: 'r', parent: 'army', name: '<b>Bold</b> & "quoted" Regiment', echelon: 'regiment', arm: 'infantry' },
  ],
};

/** A unit name that is markup shows as text. */
export const MarkupInNames: Story = {
  name: 'Markup in names',
  render: (args) => chart(args, markup),
};
