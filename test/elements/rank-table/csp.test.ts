import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, mount, settle } from './helpers.js';
import { compareOob, rankOob } from './rank-fixture.js';

// This page gets a strict style policy for all of its tests (a <meta> CSP applies from the moment
// it is inserted): inline `style` attributes are blocked and reported, CSSOM writes are not.
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'";
document.head.append(meta);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));

/** Violations are reported in a task after the blocked write. */
const reported = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('oob-rank-table under a strict style policy', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });

  it('the policy is in force on this page (an inline style attribute is reported)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await reported();
    probe.remove();
    expect(violations.length).to.be.greaterThan(0);
    violations.length = 0;
  });

  it('renders, resizes and restyles with zero violations, colours and insignia size included', async () => {
    const el = await mount(html`<oob-rank-table insignia-size="96"></oob-rank-table>`);
    el.orientation = 'rows';
    await settle(el);
    el.data = rankOob();
    await settle(el);
    el.style.width = '320px';
    await settle(el);
    await reported();
    expect(violations).to.deep.equal([]);
    // What the blocked attributes used to carry arrives anyway.
    expect(getComputedStyle($(el, 'svg[part="insignia"]') as Element).height).to.equal('64px');
    el.style.width = '1200px';
    await settle(el);
    expect(getComputedStyle($(el, 'svg[part="insignia"]') as Element).height).to.equal('96px');
    expect(getComputedStyle($(el, '.insignia-cell[data-rank="capt"] rect.stripe') as Element).fill).to.equal('rgb(178, 34, 34)');
    expect($(el, '[style]:not([part="base"])')).to.equal(null);
  });

  it('draws a comparison of systems, wide and narrow, with zero violations', async () => {
    const el = await mount(html`<oob-rank-table .data=${compareOob()} systems="test-ranks alpha beta"></oob-rank-table>`);
    el.style.width = '320px';
    await settle(el);
    await reported();
    expect($(el, 'table.compare.rows')).to.not.equal(null);
    expect(violations).to.deep.equal([]);
    expect(getComputedStyle($(el, '.entry-insignia[data-rank="b-col"] path.board') as Element).fill).to.equal('rgb(102, 102, 102)');
  });
});
