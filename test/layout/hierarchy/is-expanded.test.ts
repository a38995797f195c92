import { expect } from '@open-wc/testing';
import { isExpanded } from '../../../src/layout/hierarchy/index.js';

describe('isExpanded', () => {
  const state = { depth: 2, expanded: new Set(['deep']), collapsed: new Set(['top']) };

  it('isExpanded(state, id, depth) opens nodes above the default depth', () => {
    expect(isExpanded(state, 'a', 0)).to.equal(true);
    expect(isExpanded(state, 'a', 1)).to.equal(true);
    expect(isExpanded(state, 'a', 2)).to.equal(false);
  });

  it('isExpanded honours explicit toggles over the depth rule', () => {
    expect(isExpanded(state, 'top', 0)).to.equal(false);
    expect(isExpanded(state, 'deep', 5)).to.equal(true);
  });

  it('isExpanded with depth Infinity opens everything, with 0 nothing', () => {
    expect(isExpanded({ depth: Infinity, expanded: new Set(), collapsed: new Set() }, 'a', 99)).to.equal(true);
    expect(isExpanded({ depth: 0, expanded: new Set(), collapsed: new Set() }, 'a', 0)).to.equal(false);
  });
});
