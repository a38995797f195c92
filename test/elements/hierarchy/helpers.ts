import { aTimeout, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/hierarchy/define.js';
import type { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import type { OrderOfBattle, Unit } from '../../../src/data/types.js';

/** Creates the element and waits until it has measured itself, fitted and drawn. */
export async function mount(template: TemplateResult): Promise<OobHierarchy> {
  const el = await fixture<OobHierarchy>(template);
  await settle(el);
  return el;
}

/** Waits for the resize observer, the fit and any transition (tests run without motion: see `noMotion`). */
export async function settle(el: OobHierarchy, ms = 40): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await aTimeout(ms / 3);
    await el.updateComplete;
  }
}

/** Query inside `el`'s shadow root, or inside `el` itself when it has none (a node of the chart). */
export function $(el: Element, selector: string): Element | null {
  return (el.shadowRoot ?? el).querySelector(selector);
}

export function $$(el: Element, selector: string): Element[] {
  return [...(el.shadowRoot ?? el).querySelectorAll(selector)];
}

/** The drawn nodes (treeitems), by unit id. */
export function nodeIds(el: Element): string[] {
  return $$(el, '.node').map((n) => (n as SVGElement).dataset.id ?? '');
}

export function node(el: Element, id: string): SVGGElement {
  const found = $$(el, '.node').find((n) => (n as SVGElement).dataset.id === id);
  if (!found) throw new Error(`no node ${id}; have ${nodeIds(el).join(', ')}`);
  return found as SVGGElement;
}

/** The node's translate(x, y), rounded to 2 decimals. */
export function position(el: Element, id: string): [number, number] {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node(el, id).getAttribute('transform') ?? '');
  if (!m) throw new Error(`node ${id} has no translate`);
  return [Math.round(Number(m[1]) * 100) / 100 + 0, Math.round(Number(m[2]) * 100) / 100 + 0];
}

/** Text with whitespace collapsed. */
export function text(n: Element | null | undefined): string {
  return (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The viewport group's zoom transform. */
export function transformOf(el: Element): { x: number; y: number; k: number } {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec($(el, '.viewport')?.getAttribute('transform') ?? '');
  if (!m) throw new Error('no viewport transform');
  return { x: Number(m[1]), y: Number(m[2]), k: Number(m[3]) };
}

/** Records events of `names` dispatched on or through `target`. */
export function record<T = unknown>(target: EventTarget, ...names: string[]): { type: string; detail: T }[] {
  const seen: { type: string; detail: T }[] = [];
  for (const name of names) target.addEventListener(name, (e) => seen.push({ type: e.type, detail: (e as CustomEvent<T>).detail }));
  return seen;
}

/** A small valid dataset: `units` are completed with defaults (echelon regiment, side "north"). */
export function mini(units: (Partial<Unit> & { id: string })[], extra: Partial<OrderOfBattle> = {}): OrderOfBattle {
  return {
    schemaVersion: '1.0',
    meta: { title: 'Test', defaultLang: 'en' },
    sources: [{ id: 'src1', title: 'A source', ref: '1' }],
    sides: [
      { id: 'north', name: 'North', affiliation: 'friend' },
      { id: 'south', name: 'South', affiliation: 'hostile' },
    ],
    units: units.map((u) => ({ name: u.id, echelon: 'regiment', ...u, ...(u.parent ? {} : { side: u.side ?? 'north' }) })),
    ...extra,
  };
}
