import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/timeline/define.js';
import type { OobDateChangeEvent } from '../src/events/index.js';
import { neverAnswers } from './support/never-answers.js';

interface Args {
  date: string | undefined;
  lang: string;
  theme: 'light' | 'dark' | undefined;
}

const log = (event: OobDateChangeEvent) => {
  const out = (event.target as HTMLElement).parentElement?.querySelector('output');
  if (out) out.textContent = `oob-date-change: ${JSON.stringify(event.detail)}`;
};

const meta: Meta<Args> = {
  title: 'Elements/Timeline',
  component: 'oob-timeline',
  args: { date: undefined, lang: '', theme: undefined },
  argTypes: {
    date: { control: 'text', description: 'EDTF date (`1946`, `1946-06`, `1946-06-06`); empty shows the last event.' },
    lang: { control: 'text', description: 'Language of the dates, e.g. `ug` or `de`.' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<div style="max-width: 760px">
    <oob-timeline date=${ifDefined(args.date || undefined)} lang=${args.lang} theme=${ifDefined(args.theme)} @oob-date-change=${log}></oob-timeline>
    <output style="display: block; margin-top: 8px; font: 12px ui-monospace, monospace; color: #59636e"></output>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The events of the built-in Ili National Army dataset, 1945–1949. Focus the handle and use the arrow keys, PageUp/PageDown or Home/End. */
export const Standalone: Story = {};

/** Starting at a date between events: the slider says which event came last. */
export const BetweenEvents: Story = { name: 'Between events', args: { date: '1946-03' } };

/**
 * Range mode: two thumbs choose the span to compare. The start (a ring) sets `compare`, the end (a
 * disc) sets `date`; inside `<oob-dataset>` both go to the provider, which shares them with the
 * charts. Each thumb is a keyboard slider, and the start never passes the end.
 */
export const Range: Story = {
  render: () => html`<div style="max-width: 760px">
    <oob-timeline range compare="1945-04-08" date="1949-12-22" @oob-date-change=${log}></oob-timeline>
    <output style="display: block; margin-top: 8px; font: 12px ui-monospace, monospace; color: #59636e"></output>
  </div>`,
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', date: '1945-09' },
  parameters: { backgrounds: { disable: true } },
  render: (args) => html`<div style="background: #0d1117; padding: 16px; max-width: 760px">
    <oob-timeline date=${ifDefined(args.date)} theme="dark"></oob-timeline>
  </div>`,
};

/** Right to left, with dates in Uyghur: time runs from right to left and the arrow keys follow. */
export const RightToLeft: Story = {
  name: 'Right to left (Uyghur)',
  args: { lang: 'ug' },
  render: (args) => html`<div dir="rtl" style="max-width: 760px"><oob-timeline lang=${args.lang}></oob-timeline></div>`,
};

/** Invalid data: the error panel lists each problem with its JSON path. */
export const Error: Story = {
  render: () =>
    html`<oob-timeline data='{"schemaVersion": "1.0", "meta": {"title": "Broken"}, "events": [{"id": "e", "date": "1945-02-30"}]}'></oob-timeline>`,
};

/** While `src` loads, the loading state (this story's URL never answers; `timeout="0"` waits for ever instead of 30 s). */
export const Loading: Story = {
  render: () => html`<oob-timeline src=${neverAnswers()} timeout="0"></oob-timeline>`,
};
