import { aTimeout, expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/rank-table/define.js';
import type { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';

/** Creates the element and waits for its first measurement (the layout depends on its width). */
export async function mount(template: TemplateResult): Promise<OobRankTable> {
  const el = await fixture<OobRankTable>(template);
  await settle(el);
  return el;
}

/**
 * Resolves once a ResizeObserver has reported `el`'s size. Observers are notified in the order they
 * were created, so the element's own (older) observer has seen the same size by then: a fixed wait
 * raced it and lost on a loaded machine (the table drawn in columns at 320px, before it measured).
 */
function measured(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}

export async function settle(el: OobRankTable): Promise<void> {
  // The bound only keeps a page without rendering frames from hanging; the race is not a timing assumption.
  await Promise.race([measured(el), aTimeout(2000)]);
  // The element re-renders in a task after its observer reports (ResizeController).
  await aTimeout(0);
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

/** The boxes of every line of text in the shadow root, with the computed font size (the table is not scaled). */
export function textBoxes(el: OobRankTable): { text: string; box: DOMRect; px: number }[] {
  const root = el.shadowRoot as ShadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: { text: string; box: DOMRect; px: number }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || parent.closest('.sr-only, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // One box per line: a wrapped text's bounding box would cover its neighbours on the same lines.
    for (const box of range.getClientRects()) {
      if (box.width > 0) out.push({ text: node.textContent.trim(), box, px: Number.parseFloat(getComputedStyle(parent).fontSize) });
    }
  }
  return out;
}

/**
 * The legibility rules, measured: every line of text at least 11px (the table is not scaled), inside
 * the element (nothing cut), no two lines overlapping, and no horizontal scrolling.
 */
export function expectLegible(el: OobRankTable, label: string): void {
  const host = el.getBoundingClientRect();
  const boxes = textBoxes(el);
  expect(boxes.length, label).to.be.greaterThan(20);
  for (const { text: t, box, px } of boxes) {
    expect(px, `${t} at ${label}`).to.be.at.least(11);
    expect(box.left, `${t} cut on the left at ${label}`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${t} cut on the right at ${label}`).to.be.at.most(host.right + 0.5);
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap =
        a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1;
      expect(overlap, `"${a.text}" overlaps "${b.text}" at ${label}`).to.equal(false);
    }
  }
  const wrap = el.shadowRoot?.querySelector<HTMLElement>('.wrap');
  expect(wrap?.scrollWidth, label).to.be.at.most(wrap?.clientWidth ?? 0);
}
