import { aTimeout, expect } from '@open-wc/testing';
import type { OobStrengthChart } from '../../../src/elements/strength-chart/define.js';
import { $, $$ } from './helpers.js';

// A policy without 'unsafe-inline' for styles, as strict pages set it: style attributes written in
// markup are blocked (and reported), styles set through the CSSOM are not.
const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "style-src 'self'";

describe("<oob-strength-chart> under style-src 'self'", () => {
  const violations: SecurityPolicyViolationEvent[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e);
  before(() => {
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));

  it('the policy is in force: a style attribute in markup is reported', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<p style="color: red">x</p>';
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    probe.remove();
    expect(violations.length).to.be.greaterThan(0);
    violations.length = 0;
  });

  it('draws, animates and places its tooltip without one violation', async () => {
    // Sized through the CSSOM: a style attribute in the test's own markup would be a violation too.
    const el = document.createElement('oob-strength-chart') as OobStrengthChart;
    el.side = 'all';
    el.style.width = '700px';
    document.body.append(el);
    await aTimeout(30);
    await el.updateComplete;
    const bars = $$(el, '.bar');
    (bars[2] as SVGGElement).focus();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const tooltip = $(el, '.tooltip') as HTMLElement;
    expect(tooltip.hidden).to.equal(false);
    expect(parseFloat(getComputedStyle(tooltip).left)).to.be.greaterThan(0);
    // The bars' geometry is also set as CSS properties (for transitions), through the CSSOM.
    expect(getComputedStyle($(el, 'rect.solid')!).getPropertyValue('height')).to.match(/px$/);
    expect(violations.map((v) => `${v.violatedDirective} ${v.sample}`)).to.deep.equal([]);
    el.remove();
  });
});
