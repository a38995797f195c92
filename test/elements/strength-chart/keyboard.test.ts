import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { OobSelectEvent } from '../../../src/events/index.js';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';
import { $, $$, chart, record, tabInto } from './helpers.js';

const focusedId = (el: OobStrengthChart) => el.shadowRoot!.activeElement?.getAttribute('data-id');
const tooltip = (el: OobStrengthChart) => $<HTMLElement>(el, '[part="tooltip"]')!;

async function tabIntoChart(): Promise<OobStrengthChart> {
  const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
  // Focus starts before the chart, so Tab is real keyboard entry.
  await tabInto(el);
  return el;
}

describe('<oob-strength-chart> keyboard and tooltip', () => {
  it('has exactly one bar in the tab order (roving tabindex)', async () => {
    const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
    expect($$(el, '.bar').map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
  });

  describe('when Tab enters the chart', () => {
    it('should focus the first bar and show its tooltip, described by it', async () => {
      const el = await tabIntoChart();
      expect(focusedId(el)).to.equal('ina-infantry-infobox');
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).textContent).to.contain('50,000');
      expect(tooltip(el).textContent).to.contain('Disputed; contradicts 25,000–30,000 enlisted (8 Apr 1945–6 Jun 1946)');
      expect($(el, '.bar[data-id="ina-infantry-infobox"]')?.getAttribute('aria-describedby')).to.equal(tooltip(el).id);
    });
  });

  describe('when ArrowRight is pressed', () => {
    it('should move focus, tabindex and tooltip to the next bar', async () => {
      const el = await tabIntoChart();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('ina-enlisted');
      expect($(el, '.bar[data-id="ina-enlisted"]')?.getAttribute('tabindex')).to.equal('0');
      expect($(el, '.bar[data-id="ina-infantry-infobox"]')?.getAttribute('tabindex')).to.equal('-1');
      const text = tooltip(el).textContent ?? '';
      expect(text).to.contain('25,000–30,000');
      expect(text).to.contain('enlisted');
      expect(text).to.contain('Ili National Army, body');
    });
  });

  describe('when End, Home and ArrowLeft are pressed', () => {
    it('should jump to the last and first bars and stay at the first', async () => {
      const el = await tabIntoChart();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('ina-troops-1949');
      expect(tooltip(el).textContent).to.contain('“about 14,000”');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focusedId(el)).to.equal('ina-infantry-infobox');
    });
  });

  describe('when Enter or Space is pressed', () => {
    it('should fire oob-select with the observation and its sources', async () => {
      const el = await tabIntoChart();
      const events = record<OobSelectEvent>(el, 'oob-select');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(events.length).to.equal(2);
      const detail = events[0]!.detail;
      expect(detail.kind).to.equal('observation');
      expect(detail.id).to.equal('ina-enlisted');
      if (detail.kind !== 'observation') throw new Error('wrong kind');
      expect(detail.citations.map((c) => c.source.id)).to.deep.equal(['article']);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    });
  });

  describe('when Escape is pressed', () => {
    it('should hide the tooltip but keep focus', async () => {
      const el = await tabIntoChart();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
      expect(focusedId(el)).to.equal('ina-infantry-infobox');
    });
  });

  describe('with the mouse', () => {
    it('should show the tooltip on hover and select on click', async () => {
      const el = await chart(html`<oob-strength-chart style="width: 800px"></oob-strength-chart>`);
      const events = record<OobSelectEvent>(el, 'oob-select');
      const rect = $(el, '.bar[data-id="ina-reduced-1946"] rect.solid')!.getBoundingClientRect();
      const at = { position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] as [number, number] };
      await sendMouse({ type: 'move', ...at });
      await el.updateComplete;
      expect(tooltip(el).textContent).to.contain('11,000–12,000');
      expect(tooltip(el).textContent).to.contain('reduced to');
      expect($$(el, '.bar[aria-describedby]').map((b) => b.getAttribute('data-id'))).to.deep.equal(['ina-reduced-1946']);
      await sendMouse({ type: 'click', ...at });
      expect(events.map((e) => e.detail.id)).to.deep.equal(['ina-reduced-1946']);
      await sendMouse({ type: 'move', position: [1, 1] });
    });
  });

  it('should pass accessibility tests with a bar focused and its tooltip open', async () => {
    const el = await tabIntoChart();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
