import { expect } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import { OobHierarchy } from '../../../src/elements/hierarchy/oob-hierarchy.js';
import { OobStrengthChart } from '../../../src/elements/strength-chart/oob-strength-chart.js';
import { OobRankTable } from '../../../src/elements/rank-table/oob-rank-table.js';
import { OobDataset } from '../../../src/elements/dataset/oob-dataset.js';
import { OobTimeline } from '../../../src/elements/timeline/oob-timeline.js';

function cssText(styles: CSSResultGroup | undefined): string {
  if (styles === undefined) return '';
  if (Array.isArray(styles)) return styles.map((s) => cssText(s as CSSResultGroup)).join('\n');
  const one = styles as CSSResultOrNative;
  return 'cssText' in one ? String(one.cssText) : [...(one as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n');
}

const elements = { OobHierarchy, OobStrengthChart, OobRankTable, OobDataset, OobTimeline };

describe('element styles (token hygiene, after Material)', () => {
  for (const [name, element] of Object.entries(elements)) {
    it(`${name} uses no undefined private --_ token without a fallback`, () => {
      // Tokens set inline per shape (e.g. a descriptor's colour) are read with a fallback.
      const text = cssText(element.styles);
      const defined = new Set([...text.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      const used = new Set([...text.matchAll(/var\(\s*(--_[\w-]+)\s*\)/g)].map((m) => m[1]));
      expect([...used].filter((t) => !defined.has(t))).to.deep.equal([]);
    });

    it(`${name} reads every public --oob- token with a fallback`, () => {
      const text = cssText(element.styles);
      const bare = [...text.matchAll(/var\(\s*(--oob-[\w-]+)\s*\)/g)].map((m) => m[1]);
      expect(bare).to.deep.equal([]);
    });
  }
});
