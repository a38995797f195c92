import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/hierarchy/define.js';
import '../src/elements/strength-chart/define.js';
import '../src/elements/rank-table/define.js';
import { THEME_TOKENS } from '../src/elements/shared/tokens.js';
import archivePaper from '../docs/themes/archive-paper.css?inline';
import museumDark from '../docs/themes/museum-dark.css?inline';

type Args = Record<string, string>;

/** Colour tokens get a colour picker; the others (fonts, sizes) a text field. */
const isColour = (value: string) => value.startsWith('#');
const argTypes = Object.fromEntries(
  THEME_TOKENS.map((t) => [
    t.name,
    {
      control: isColour(t.light) ? ('color' as const) : ('text' as const),
      description: t.description,
      table: { defaultValue: { summary: t.light } },
    },
  ]),
);

const charts = (style: string) => html`<div style="display: grid; gap: 16px; ${style}">
  <oob-hierarchy date="1947-12-31" style="height: 380px"></oob-hierarchy>
  <oob-strength-chart measure="personnel"></oob-strength-chart>
  <oob-rank-table category="officers"></oob-rank-table>
</div>`;

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<Args>;

/** Every shared `--oob-*` token as a live control; all three charts follow. */
export const LiveTokens: Story = {
  name: 'Live token controls',
  argTypes,
  args: Object.fromEntries(THEME_TOKENS.map((t) => [t.name, t.light])),
  render: (args) =>
    charts(
      Object.entries(args)
        .map(([name, value]) => `${name}: ${value};`)
        .join(' '),
    ),
};

/** A high-contrast theme written with the same tokens: black on white, no tints. */
export const HighContrast: Story = {
  name: 'High contrast',
  render: () =>
    charts(
      '--oob-text-color: #000; --oob-muted-color: #000; --oob-background: #fff; --oob-surface: #fff; --oob-border-color: #000; --oob-accent: #0000c8; --oob-friendly-fill: #fff; --oob-hostile-fill: #fff; --oob-neutral-fill: #fff; --oob-unknown-fill: #fff; --oob-side-1-fill: #000; --oob-side-2-fill: #555; --oob-stroke-width: 2px; background: #fff;',
    ),
};

/**
 * The `--oob-*` declarations of a theme file, as an inline style: custom properties inherit, so the
 * theme applies to this story only (the file itself targets the element names page-wide).
 */
const declarationsOf = (css: string) => [...css.matchAll(/(--oob-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]};`).join(' ');

/** `docs/themes/archive-paper.css`, as users copy it. */
export const ArchivePaper: Story = {
  name: 'Example theme: archive paper',
  render: () => charts(`${declarationsOf(archivePaper)} background: #f4ecd8; padding: 12px;`),
};

/** `docs/themes/museum-dark.css`, as users copy it. */
export const MuseumDark: Story = {
  name: 'Example theme: museum dark',
  render: () => charts(`${declarationsOf(museumDark)} background: #15171a; padding: 12px;`),
};
