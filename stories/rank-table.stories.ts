import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OobRankTable } from '../src/elements/rank-table/define.js';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import type { OrderOfBattle } from '../src/data/types.js';
import { exampleLandForce } from './data/nato-rank-system.js';

// Defines the element even where a bundler's `sideEffects` list drops define.ts as a bare import.
if (!customElements.get('oob-rank-table')) customElements.define('oob-rank-table', OobRankTable);

interface Args {
  category: 'officers' | 'enlisted' | 'all';
  orientation: 'columns' | 'rows';
  lang: string;
  insigniaSize: number;
  theme: 'light' | 'dark' | undefined;
}

const meta: Meta<Args> = {
  title: 'Elements/Rank table',
  component: 'oob-rank-table',
  args: { category: 'all', orientation: 'columns', lang: '', insigniaSize: 84, theme: undefined },
  argTypes: {
    category: { control: 'inline-radio', options: ['officers', 'enlisted', 'all'] },
    orientation: { control: 'inline-radio', options: ['columns', 'rows'] },
    lang: { control: 'text', description: 'Names to show besides English: empty = every language in the data (Uyghur), `en` = English only.' },
    insigniaSize: { control: { type: 'range', min: 48, max: 200, step: 4 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<oob-rank-table
    category=${args.category}
    orientation=${args.orientation}
    lang=${args.lang}
    insignia-size=${args.insigniaSize}
    theme=${ifDefined(args.theme)}
  ></oob-rank-table>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The officer ranks of the Ili National Army, with reconstructed 1943-pattern Soviet boards. */
export const Officers: Story = { args: { category: 'officers' } };

/** NCOs and enlisted ranks, including the article's empty "-" column. */
export const Enlisted: Story = { args: { category: 'enlisted' } };

/** Both tables and all footnotes. */
export const All: Story = {};

/** One rank per row: the layout phones get automatically below a container width. */
export const RowsLayout: Story = { name: 'Rows layout', args: { orientation: 'rows' } };

/** The same table in a 360px-wide container: it switches to rows by itself, with no horizontal scroll. */
export const NarrowContainer: Story = {
  name: 'Narrow container',
  render: (args) => html`<div style="width: 360px; border: 1px dashed #999"><oob-rank-table category=${args.category}></oob-rank-table></div>`,
};

/** Uyghur names in Arabic script, right to left, under the English ones. */
export const UyghurEnglish: Story = { name: 'Uyghur / English', args: { category: 'officers', lang: 'ug' } };

/** English names only. */
export const EnglishOnly: Story = { name: 'English only', args: { category: 'officers', lang: 'en' } };

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background:#0d1117; padding: 12px"><oob-rank-table theme="dark" category=${args.category}></oob-rank-table></div>`,
};

/** Restyled with CSS custom properties only: silver boards, blue piping and stripes, gold stars, a serif font. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { category: 'officers', insigniaSize: 110 },
  render: (args) => html`<oob-rank-table
    category=${args.category}
    insignia-size=${args.insigniaSize}
    style="--oob-insignia-board: #c0c4c8; --oob-insignia-piping: #1d3f8f; --oob-insignia-stripe: #1d3f8f; --oob-insignia-star: #e0b000;
      --oob-font-family: Georgia, serif; --oob-rank-group-background: #e8eef8; --oob-border-color: #9db2d6; --oob-accent: #1d3f8f"
  ></oob-rank-table>`,
};

/** A second, fictional rank system written for these stories: rounded and square boards, stars in a line, NATO codes, French names. */
export const AnotherRankSystem: Story = {
  name: 'Another rank system (fictional)',
  render: (args) => html`<oob-rank-table .data=${exampleLandForce} category=${args.category} orientation=${args.orientation} lang=${args.lang}></oob-rank-table>`,
};

function withBadInsignia(): OrderOfBattle {
  const copy = structuredClone(iliNationalArmy);
  const system = copy.rankSystems?.[0];
  const general = system?.ranks[0];
  if (general?.insignia) {
    general.insignia.stars = { count: -2, size: 'large' };
    general.insignia.shape = 'hexagon' as 'pointed';
  }
  return copy;
}

/** Invalid descriptors (negative stars, an unknown shape): the error state lists each problem with its JSON path. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<oob-rank-table .data=${withBadInsignia()}></oob-rank-table>`,
};
