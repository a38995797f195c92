import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/elements/hierarchy/define.js';
import '../../src/elements/strength-chart/define.js';
import '../../src/elements/rank-table/define.js';
import { emulateMediaFeatures, resetMedia } from '../support/media.js';

/** Pixel checks of what the other tests cannot see: colours, patterns, type, spacing. */
describe('looks (pixel diffs against committed baselines)', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
  });
  after(async () => {
    await resetMedia();
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('rank table, officers, light', async () => {
    const el = await fixture<HTMLElement>(html`<oob-rank-table category="officers" theme="light" style="width: 960px"></oob-rank-table>`);
    await waitUntil(() => el.shadowRoot?.querySelector('svg.insignia'), 'no insignia');
    await settle();
    await visualDiff(el, 'rank-table-officers-light');
  });

  it('hierarchy on 1947-12-31, dark', async () => {
    const el = await fixture<HTMLElement>(
      html`<oob-hierarchy date="1947-12-31" theme="dark" style="width: 960px; height: 560px"></oob-hierarchy>`,
    );
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('.node').length ?? 0) === 12, 'tree not drawn');
    await settle();
    await visualDiff(el, 'hierarchy-1947-dark');
  });

  it('strength chart with ranges, disputes and approximate figures, light', async () => {
    const el = await fixture<HTMLElement>(
      html`<oob-strength-chart measure="personnel" side="all" theme="light" style="width: 960px"></oob-strength-chart>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('.bar'), 'no bars');
    await settle();
    await visualDiff(el, 'strength-personnel-all-sides-light');
  });

  it('strength chart under forced colours', async () => {
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce', 'forced-colors': 'active' });
    const el = await fixture<HTMLElement>(html`<oob-strength-chart measure="personnel" style="width: 960px"></oob-strength-chart>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.bar'), 'no bars');
    await settle();
    await visualDiff(el, 'strength-personnel-forced-colors');
    await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
  });
});
