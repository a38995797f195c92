import { expect } from '@open-wc/testing';
import { isExpanded, withExpanded } from '../../../src/layout/hierarchy/index.js';

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
});
