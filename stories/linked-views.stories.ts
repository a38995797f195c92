import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/dataset/define.js';
import '../src/elements/timeline/define.js';
import '../src/elements/hierarchy/define.js';
import '../src/elements/strength-chart/define.js';
import '../src/elements/rank-table/define.js';
import type { OobDateChangeEvent, OobSelectEvent } from '../src/events/index.js';
import { neverAnswers } from './support/never-answers.js';

interface Args {
  date: string | undefined;
  theme: 'light' | 'dark' | undefined;
}

function show(event: OobDateChangeEvent | OobSelectEvent): void {
  const out = (event.currentTarget as HTMLElement).querySelector('output');
  if (out)
    out.textContent = `${event.type}: ${event.type === 'oob-select' ? `${(event as OobSelectEvent).detail.kind} ${(event as OobSelectEvent).detail.id}` : JSON.stringify(event.detail)}`;
}

const grid = 'display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); align-items: start';

const meta: Meta<Args> = {
  title: 'Linked views',
  component: 'oob-dataset',
  args: { date: '1945-09', theme: undefined },
  argTypes: {
    date: { control: 'text', description: 'The shared date (EDTF). The timeline moves it; so can you.' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (
    args,
  ) => html`<oob-dataset date=${ifDefined(args.date || undefined)} theme=${ifDefined(args.theme)} @oob-date-change=${show} @oob-select=${show}>
    <oob-timeline theme=${ifDefined(args.theme)}></oob-timeline>
    <output style="display: block; margin: 4px 0 12px; font: 12px ui-monospace, monospace; color: inherit; opacity: 0.85">Move the timeline or select a unit, a figure or a rank.</output>
    <div style=${grid}>
      <oob-hierarchy theme=${ifDefined(args.theme)} style="height: 460px"></oob-hierarchy>
      <oob-strength-chart theme=${ifDefined(args.theme)} style="height: 360px"></oob-strength-chart>
    </div>
    <oob-rank-table theme=${ifDefined(args.theme)} category="officers" style="margin-top: 16px"></oob-rank-table>
  </oob-dataset>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * One `<oob-dataset>` around a timeline, the hierarchy, the strength chart and the rank table: the
 * dataset is parsed once; moving the timeline redraws the hierarchy at that date; selecting a unit
 * is shared with every chart inside.
 */
export const LinkedViews: Story = { name: 'Linked views' };

/** The same, dark. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background: #0d1117; color: #e6edf3; padding: 16px">${story()}</div>`],
};

/** Invalid data: the provider reports it once (`oob-error`) and lists the problems above the charts, which each point to that list. */
export const Error: Story = {
  render: () => html`<oob-dataset data='{"schemaVersion": "1.0", "meta": {"title": "Broken"}, "units": [{"id": "a", "parent": "nowhere"}]}'>
    <oob-timeline></oob-timeline>
    <oob-hierarchy style="height: 200px"></oob-hierarchy>
  </oob-dataset>`,
};

/**
 * While the provider's `src` loads (this story's URL never answers, and `timeout="0"` waits for
 * ever instead of the default 30 s), every chart inside shows its loading state.
 */
export const Loading: Story = {
  render: () => html`<oob-dataset src=${neverAnswers()} timeout="0">
    <oob-timeline></oob-timeline>
    <oob-hierarchy style="height: 200px"></oob-hierarchy>
  </oob-dataset>`,
};

/**
 * A range timeline: its start thumb (a ring) moves the provider's `compare`, its end thumb (a disc)
 * the `date`; `oob-date-change` carries both. Charts that compare two dates read `compare` from
 * the provider; the others follow `date`.
 */
export const Range: Story = {
  render: () => html`<oob-dataset date="1949-12-22" compare="1945-04-08" @oob-date-change=${show} @oob-select=${show}>
    <oob-timeline range></oob-timeline>
    <output style="display: block; margin: 4px 0 12px; font: 12px ui-monospace, monospace; color: inherit; opacity: 0.85">Move either thumb.</output>
    <oob-hierarchy style="height: 460px"></oob-hierarchy>
  </oob-dataset>`,
};

/** Charts still work outside any provider: this timeline has its own date and the hierarchy shows the latest state. */
export const Standalone: Story = {
  render: () =>
    html`<oob-timeline date="1946-06-06"></oob-timeline><oob-hierarchy style="height: 420px; margin-top: 16px"></oob-hierarchy>`,
};
