import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OobRankTable } from '../src/elements/rank-table/define.js';
import { iliNationalArmy } from '../src/data/ili-national-army.js';
import type { OrderOfBattle, Rank, RankSystem, ShoulderBoardDescriptor } from '../src/data/types.js';
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
    lang: {
      control: 'text',
      description: 'Names to show besides English: empty = every language in the data (Uyghur), `en` = English only.',
    },
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
  render: (args) =>
    html`<div style="width: 360px; border: 1px dashed #999"><oob-rank-table category=${args.category}></oob-rank-table></div>`,
};

/** Uyghur names in Arabic script, right to left, under the English ones. */
export const UyghurEnglish: Story = { name: 'Uyghur / English', args: { category: 'officers', lang: 'ug' } };

/** English names only. */
export const EnglishOnly: Story = { name: 'English only', args: { category: 'officers', lang: 'en' } };

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) =>
    html`<div style="background:#0d1117; padding: 12px"><oob-rank-table theme="dark" category=${args.category}></oob-rank-table></div>`,
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
  render: (args) =>
    html`<oob-rank-table .data=${exampleLandForce} category=${args.category} orientation=${args.orientation} lang=${args.lang}></oob-rank-table>`,
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

/**
 * An ILLUSTRATIVE rank system with generic names, to show the comparison: it is not the rank system
 * of any army, its boards are plain placeholders and its NATO codes are chosen for the demonstration.
 * The built-in dataset has one rank system and nothing is invented for it (its ranks have no NATO
 * codes, so the comparison lists them under their groups). docs/rank-systems.md shows how to add a
 * real system with citations.
 */
function illustrativeSystem(
  id: string,
  name: string,
  base: string,
  codes: readonly (readonly [string, Rank['nato'], ('officers' | 'enlisted')?])[],
): RankSystem {
  const board = (stars: number): ShoulderBoardDescriptor => ({
    kind: 'shoulder-board',
    basis: 'described',
    follows: 'illustrative placeholder, not a real insignia',
    shape: 'square',
    field: 'plain',
    base,
    ...(stars > 0 ? { stars: { count: stars, size: 'small' as const, color: '#f2f2f2', arrangement: 'line' as const } } : {}),
    emblem: 'button',
  });
  return {
    id,
    name,
    groups: [
      { id: `${id}-officers`, name: 'Officers', category: 'officers' },
      { id: `${id}-enlisted`, name: 'Enlisted', category: 'enlisted' },
    ],
    ranks: codes.map(([rank, nato, category], i): Rank => ({
      id: `${id}-${i}`,
      group: (category ?? (nato?.startsWith('OF') ? 'officers' : 'enlisted')) === 'officers' ? `${id}-officers` : `${id}-enlisted`,
      name: rank,
      ...(nato ? { nato } : {}),
      insignia: board(Math.max(0, 4 - (i % 5))),
    })),
  };
}

const GENERIC_A = [
  ['General', 'OF-9'],
  ['Colonel', 'OF-5'],
  ['Major', 'OF-3'],
  ['Captain', 'OF-2'],
  ['Lieutenant', 'OF-1'],
  ['Sergeant Major', 'OR-9'],
  ['Sergeant', 'OR-5'],
  ['Corporal', 'OR-4'],
  ['Private', 'OR-1'],
] as const;

const GENERIC_B = [
  ['Marshal', 'OF-10'],
  ['General', 'OF-9'],
  ['Brigadier', 'OF-6'],
  ['Colonel', 'OF-5'],
  ['Captain', 'OF-2'],
  ['Ensign', undefined, 'officers'],
  ['Senior Sergeant', 'OR-7'],
  ['Sergeant', 'OR-5'],
  ['Private', 'OR-1'],
] as const;

const ILLUSTRATIVE_NOTE =
  'Illustrative system with generic names, invented for this demonstration: not the ranks of any army, not historical.';

/** `base` with illustrative systems appended, each with an on-screen footnote saying so. */
function withIllustrative(base: OrderOfBattle, systems: RankSystem[]): OrderOfBattle {
  const first = base.rankSystems?.length ?? 0;
  return {
    ...base,
    rankSystems: [...(base.rankSystems ?? []), ...systems],
    notes: [
      ...(base.notes ?? []),
      {
        id: 'illustrative-ranks',
        topic: 'interpretation',
        title: 'Illustrative',
        text: ILLUSTRATIVE_NOTE,
        about: systems.map((_, i) => `/rankSystems/${first + i}`),
      },
    ],
  };
}

const systemA = illustrativeSystem('illustrative-a', 'Illustrative system A (generic names, not historical)', '#3b5b3b', GENERIC_A);
const systemB = illustrativeSystem('illustrative-b', 'Illustrative system B (generic names, not historical)', '#2f4a6b', GENERIC_B);
const illustrativeOnly = withIllustrative({ ...exampleLandForce, roles: [], rankSystems: [], notes: [] }, [systemA, systemB]);
const iliAndIllustrative = withIllustrative(iliNationalArmy, [systemA]);

const compareRender = (data: OrderOfBattle, systems: string) => (args: Args) => html`<oob-rank-table
  .data=${data}
  systems=${systems}
  category=${args.category}
  orientation=${args.orientation}
  lang=${args.lang}
  theme=${ifDefined(args.theme)}
></oob-rank-table>`;

/**
 * Two ILLUSTRATIVE systems with generic names side by side, rows aligned by NATO code: empty cells
 * where a system has no rank at a code, the uncoded "Ensign" under its group with a footnote.
 * Select a rank to highlight its equivalents.
 */
export const CompareIllustrative: Story = {
  name: 'Compare systems (illustrative)',
  render: compareRender(illustrativeOnly, 'illustrative-a illustrative-b'),
};

/**
 * The built-in army beside an ILLUSTRATIVE system: the source gives the Ili National Army's ranks
 * no NATO codes and none are invented, so they are listed under their groups, not aligned.
 */
export const CompareWithBuiltIn: Story = {
  name: 'Compare: built-in army and an illustrative system',
  render: compareRender(iliAndIllustrative, 'etr-national-army-ranks illustrative-a'),
};

/** The comparison in a right-to-left page. */
export const CompareRTL: Story = {
  name: 'Compare systems, right to left',
  render: (args) => html`<div dir="rtl">${compareRender(illustrativeOnly, 'illustrative-a illustrative-b')(args)}</div>`,
};

/** The comparison in the dark theme. */
export const CompareDark: Story = {
  name: 'Compare systems, dark',
  args: { theme: 'dark' },
  render: (args) =>
    html`<div style="background:#0d1117; padding: 12px">${compareRender(illustrativeOnly, 'illustrative-a illustrative-b')(args)}</div>`,
};

/** The comparison in a 320px container: one row group per NATO code, one row per system. */
export const CompareNarrow: Story = {
  name: 'Compare systems, 320px container',
  render: (args) =>
    html`<div style="width: 320px; border: 1px dashed #999">${compareRender(illustrativeOnly, 'illustrative-a illustrative-b')(args)}</div>`,
};
