import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/strength-chart/define.js';
import { generateOrderOfBattle } from '../src/data/generate.js';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import type { OrderOfBattle } from '../src/data/types.js';
import { illustrativeArmy, snapshotArmy } from '../test/elements/strength-chart/fixtures.js';

interface Args {
  measure: string;
  side: string;
  subject: string;
  echelon: string;
  group: 'auto' | 'time' | 'subject';
  date: string;
  from: string;
  to: string;
  orientation: 'vertical' | 'horizontal';
  scale: 'auto' | 'linear' | 'log';
  timeScale: 'auto' | 'time' | 'band';
  showTable: boolean;
  lang: string;
  theme: 'light' | 'dark' | undefined;
}

const meta: Meta<Args> = {
  title: 'Elements/Strength chart',
  component: 'oob-strength-chart',
  args: {
    measure: 'personnel',
    side: '',
    subject: '',
    echelon: '',
    group: 'auto',
    date: '',
    from: '',
    to: '',
    orientation: 'vertical',
    scale: 'auto',
    timeScale: 'auto',
    showTable: false,
    lang: '',
    theme: undefined,
  },
  argTypes: {
    measure: {
      control: 'text',
      description:
        'One measure or several, comma-separated (`personnel`, `aircraft`, `artillery`, `trucks`, `horses`, `tanks`…), or `all`.',
    },
    side: {
      control: 'select',
      options: ['', 'all', 'etr', 'kmt', 'tashkurgan-rebels'],
      description: 'Empty: the dataset’s own side; `all`: compare sides.',
    },
    subject: { control: 'text', description: 'Unit or side ids separated by spaces, or `children-of:ID`.' },
    echelon: { control: 'text', description: 'Only units of this echelon, e.g. `regiment`.' },
    group: { control: 'inline-radio', options: ['auto', 'time', 'subject'] },
    date: { control: 'text', description: 'Snapshot date of the by-unit view.' },
    from: { control: 'text' },
    to: { control: 'text' },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    scale: { control: 'inline-radio', options: ['auto', 'linear', 'log'] },
    timeScale: { control: 'inline-radio', options: ['auto', 'time', 'band'] },
    showTable: { control: 'boolean' },
    lang: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<oob-strength-chart
    measure=${args.measure}
    side=${args.side}
    subject=${args.subject}
    echelon=${args.echelon}
    group=${args.group}
    date=${args.date}
    from=${args.from}
    to=${args.to}
    orientation=${args.orientation}
    scale=${args.scale}
    time-scale=${args.timeScale}
    ?show-table=${args.showTable}
    lang=${args.lang}
    theme=${ifDefined(args.theme)}
  ></oob-strength-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Every personnel figure the article gives for the National Army, 1945-1949: the infobox's
 * undated 50,000 beside the body's contradicting 25,000-30,000 (both flagged ≠), the reduction to
 * 11,000-12,000 after the agreement of 6 June 1946, and "about 14,000" in August 1949 (~).
 */
export const Personnel: Story = {};

/** Equipment as small multiples, one panel per measure on a shared time axis: each has its own scale. */
export const Equipment: Story = { args: { measure: 'aircraft,artillery,trucks,horses' } };

/**
 * The National Army against the Kuomintang forces sent against it (and the Tashkurgan rebels):
 * grouped bars, a colour and a pattern per side. The Kuomintang figures from Kutlukov carry the
 * article's "citation needed" mark ([?]).
 */
export const IliVsKuomintang: Story = { name: 'Ili vs Kuomintang', args: { side: 'all' } };

/** A log scale lets "a few hundred" survivors sit next to 70,000 troops. */
export const LogScale: Story = { name: 'Log scale', args: { side: 'all', scale: 'log' } };

/** Time runs down, bars grow to the right; event labels sit in the right margin. */
export const Horizontal: Story = { args: { side: 'all', orientation: 'horizontal', measure: 'personnel,aircraft' } };

/** The dark theme. */
export const Dark: Story = {
  args: { side: 'all', theme: 'dark' },
  render: (args) =>
    html`<div style="background:#0d1117; padding: 12px"><oob-strength-chart theme="dark" side=${args.side} measure=${args.measure}></oob-strength-chart></div>`,
};

/** Restyled with CSS custom properties only. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { side: 'all' },
  render: (args) => html`<oob-strength-chart
    side=${args.side}
    style="--oob-side-1-fill: #2d6a4f; --oob-side-2-fill: #9c6644; --oob-side-3-fill: #6c757d; --oob-range-fill: #d8e2dc;
      --oob-axis-color: #3a3a3a; --oob-grid-color: #e9e3d5; --oob-rule-color: #8a4b08; --oob-background: #fbf8f1;
      --oob-font-family: Georgia, serif; --oob-accent: #8a4b08"
  ></oob-strength-chart>`,
};

/** The contradiction on its own: the infobox's 50,000 and the body's 25,000-30,000, side by side, never merged. The table is shown. */
export const DisputedFigures: Story = { name: 'Disputed figures', args: { to: '1946-05', showTable: true } };

/** A filter that matches nothing shows an empty state that says so. */
export const Empty: Story = { args: { measure: 'tanks', side: 'kmt' } };

const broken = { ...iliNationalArmy, strength: [{ ...iliNationalArmy.strength![0]!, value: { min: 30000, max: 25000 } }] } as OrderOfBattle;

/** Invalid data: an error panel with the JSON path of each problem (here an inverted range); `oob-error` is fired. */
export const Error: Story = {
  render: () => html`<oob-strength-chart .data=${broken}></oob-strength-chart>`,
};

const generated = generateOrderOfBattle({ units: 1500, observations: 5000, seed: 7 });

/**
 * 5,000 generated observations over six years (seeded): labels thin out, bars stay at their dates.
 * Past 200 bars they are drawn as a few paths: Tab reaches one bar, the arrow keys move it (its
 * outline shows where), hovering any bar shows its tooltip, and the data table lists every figure.
 */
export const Generated5000: Story = {
  name: 'Generated: 5,000 observations',
  render: () => html`<oob-strength-chart .data=${generated} measure="personnel,tanks,artillery" side="all"></oob-strength-chart>`,
};

const illustrative = illustrativeArmy();

/**
 * An invented field army of 41 units (generic names, the shape of a Napoleonic army): figures for
 * the army, its corps and divisions dated to June, and for each cavalry regiment on the day of a
 * battle. `auto` draws one labelled bar per unit in hierarchy order; personnel spans 255 to
 * 107,000, so each echelon gets a panel with its own scale, as the titles say.
 */
export const IllustrativeArmy: Story = {
  name: 'Illustrative army: every unit by name',
  args: { measure: 'all' },
  render: (args) => html`<p><strong>Illustrative data:</strong> an invented army with generic names; every figure is made up.</p>
    <oob-strength-chart .data=${illustrative} measure=${args.measure} group=${args.group} date=${args.date} subject=${args.subject}
      echelon=${args.echelon} scale=${args.scale} ?show-table=${args.showTable}></oob-strength-chart>`,
};

/** The same army over time, a few units: each bar carries its unit's name, or a key explained under the chart. */
export const IllustrativeOverTime: Story = {
  name: 'Illustrative army over time',
  args: { measure: 'personnel', group: 'time', subject: 'army corps-1 corps-2 division-1 division-2 regiment-1 regiment-2' },
  render: (args) => html`<p><strong>Illustrative data:</strong> an invented army with generic names; every figure is made up.</p>
    <oob-strength-chart .data=${illustrative} measure=${args.measure} group=${args.group} subject=${args.subject} time-scale="time"></oob-strength-chart>`,
};

const forty = snapshotArmy(40);

/** A snapshot of 40 generated units: one bar per unit, indented by echelon, each named with its echelon mark. */
export const Snapshot40: Story = {
  name: 'Snapshot of 40 units',
  render: () => html`<p><strong>Illustrative data:</strong> a generated army; every name and figure is invented.</p>
    <oob-strength-chart .data=${forty} group="subject"></oob-strength-chart>`,
};

/** `children-of:ina` on the built-in dataset: the figures of the National Army's direct subordinates, one bar each. */
export const ChildrenOf: Story = {
  name: 'Children of the National Army',
  args: { subject: 'children-of:ina', measure: 'all', group: 'subject' },
};
