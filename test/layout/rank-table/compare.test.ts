import { expect } from '@open-wc/testing';
import { buildComparisonView } from '../../../src/layout/rank-table/compare.js';
import type { ComparisonOptions } from '../../../src/layout/rank-table/compare.js';
import { load } from '../../fixtures/load.js';
import { compareOob } from '../../elements/rank-table/rank-fixture.js';

const options = (systems: string[]): ComparisonOptions => ({
  systems,
  category: 'all',
  lang: '',
  reconstructionNote: () => 'Reconstructed.',
  uncodedNote: 'No NATO code.',
});

describe('buildComparisonView', () => {
  it('lays out officers then enlisted: coded rows, then uncoded groups, one cell list per system', () => {
    const view = buildComparisonView(load(compareOob()), options(['alpha', 'beta']));
    const rows = view?.sections.map((s) => [
      s.category,
      s.rows.map((r) => [r.code ?? r.group?.id, r.cells.map((c) => c.map((x) => x.rank.id))]),
    ]);
    expect(rows).to.deep.equal([
      [
        'officers',
        [
          ['OF-9', [['a-gen'], ['b-gen']]],
          ['OF-5', [[], ['b-col']]],
          ['OF-3', [['a-maj'], ['b-maj']]],
          ['b-cadets', [[], ['b-cadet']]],
        ],
      ],
      [
        'enlisted',
        [
          ['OR-4', [['a-cpl', 'a-lcpl'], []]],
          ['OR-1', [['a-pte'], ['b-pte']]],
        ],
      ],
    ]);
    expect(view?.ranks.map((c) => c.rank.id)).to.deep.equal([
      'a-gen',
      'b-gen',
      'b-col',
      'a-maj',
      'b-maj',
      'b-cadet',
      'a-cpl',
      'a-lcpl',
      'a-pte',
      'b-pte',
    ]);
    expect(view?.column.get('b-cadet')).to.equal(1);
  });

  it('numbers the footnotes of all systems once, and marks uncoded rows with their note', () => {
    const view = buildComparisonView(load(compareOob()), options(['alpha', 'test-ranks']));
    const texts = view?.footnotes.map((n) => `${n.mark}. ${n.text}`) ?? [];
    expect(texts).to.include.members(['1. Reconstructed.', `${texts.length}. No NATO code.`]);
    const uncoded = view?.sections[0]?.rows.find((r) => r.group?.id === 'high');
    expect(uncoded?.marks).to.include(texts.length);
    const captain = view?.ranks.find((c) => c.rank.id === 'capt');
    const about = view?.footnotes.find((n) => n.text === 'A rank note.');
    expect(captain?.marks).to.deep.equal([about?.mark]);
    expect(captain?.insignia?.label).to.match(/^Shoulder board/);
    expect(texts).to.include(`${about?.mark}. A rank note.`);
  });

  it('is undefined when none of the systems is in the dataset', () => {
    expect(buildComparisonView(load(compareOob()), options(['nope']))).to.equal(undefined);
  });
});
