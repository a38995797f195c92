import { aTimeout, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/rank-table/define.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';

/** Creates the element and waits for its first measurement (the layout depends on its width). */
export async function mount(template: TemplateResult): Promise<OobRankTable> {
  const el = await fixture<OobRankTable>(template);
  await settle(el);
  return el;
}

export async function settle(el: OobRankTable): Promise<void> {
  await aTimeout(30);
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

export function $(el: OobRankTable, selector: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

export function $$(el: OobRankTable, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** Text with whitespace collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
