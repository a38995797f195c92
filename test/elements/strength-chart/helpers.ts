import { aTimeout, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/elements/strength-chart/define.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';

/** Renders a chart in a fixed-width box and waits for its layout (ResizeObserver) to settle and its data table to fill in. */
export async function chart(template: TemplateResult): Promise<OobStrengthChart> {
  const el = await fixture<OobStrengthChart>(template);
  await aTimeout(30);
  await el.updateComplete;
  await el.tableComplete;
  return el;
}

export const $ = <T extends Element = Element>(el: OobStrengthChart, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: OobStrengthChart, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const num = (el: Element | null, attr: string): number => Math.round(Number(el?.getAttribute(attr)) * 100) / 100;

/** The y pixel of a value on a vertical panel, from its grid lines (independent of the layout code). */
export function yOf(panel: Element, value: number): number {
  const lines = [...panel.querySelectorAll('line.grid')].map(
    (l) => [Number(l.getAttribute('data-value')), Number(l.getAttribute('y1'))] as const,
  );
  const [v0, y0] = lines[0]!;
  const [v1, y1] = lines[lines.length - 1]!;
  return Math.round((y0 + ((value - v0) / (v1 - v0)) * (y1 - y0)) * 100) / 100;
}

/** Records the events of one type an element fires. */
export function record<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (e) => seen.push(e as T));
  return seen;
}

/** The rectangles of a path made of `M x y h w v h h -w z` subpaths (bars drawn as paths). */
export function pathRects(d: string | null): { x: number; y: number; width: number; height: number }[] {
  const rects: { x: number; y: number; width: number; height: number }[] = [];
  for (const m of (d ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z/g)) {
    rects.push({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) });
  }
  return rects;
}

/** How many bars a chart draws: bar elements, or the rectangles of its bar paths in a crowded chart. */
export function drawnBars(el: OobStrengthChart): number {
  const paths = $$(el, '.series > .solid').reduce((n, p) => n + pathRects(p.getAttribute('d')).length, 0);
  return $$(el, '.bar:not(.cursor)').length + paths;
}

/** Focuses a button placed before the chart and presses Tab, so focus enters the chart as from the keyboard; returns the button. */
export async function tabInto(el: OobStrengthChart): Promise<HTMLButtonElement> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  return before;
}
