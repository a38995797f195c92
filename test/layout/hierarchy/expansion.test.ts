import { expect } from '@open-wc/testing';
import { isExpanded, withExpanded } from '../../../src/layout/hierarchy/expansion.js';

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

describe('withExpanded', () => {
  const base = { depth: 1, expanded: new Set<string>(), collapsed: new Set<string>() };

  it('withExpanded(state, id, false) collapses a node the depth rule opens', () => {
    const next = withExpanded(base, 'a', false);
    expect(isExpanded(next, 'a', 0)).to.equal(false);
    expect([...next.collapsed]).to.deep.equal(['a']);
  });

  it('withExpanded(state, id, true) replaces an earlier collapse', () => {
    const next = withExpanded(withExpanded(base, 'a', false), 'a', true);
    expect([...next.collapsed]).to.deep.equal([]);
    expect([...next.expanded]).to.deep.equal(['a']);
  });

  it('withExpanded does not mutate its input', () => {
    withExpanded(base, 'a', true);
    expect(base.expanded.size).to.equal(0);
  });

  it('withExpanded(state, ids, true) opens every id of a list and clears their collapses', () => {
    const next = withExpanded(withExpanded(base, 'b', false), ['a', 'b', 'c'], true);
    expect([...next.expanded].sort()).to.deep.equal(['a', 'b', 'c']);
    expect(next.collapsed.size).to.equal(0);
  });
});
