import { expect } from '@open-wc/testing';
import { layoutComparisonGrid, layoutTableGrid, wrapWords } from '../../../src/layout/rank-table/grid.js';

describe('wrapWords', () => {
  it('wrapWords(text, max) wraps greedily and keeps long words whole', () => {
    expect(wrapWords('General of the Army', 10)).to.deep.equal(['General of', 'the Army']);
    expect(wrapWords('Lieutenant-Colonel x', 5)).to.deep.equal(['Lieutenant-Colonel', 'x']);
    expect(wrapWords('  ', 5)).to.deep.equal([]);
  });
});

describe('layoutTableGrid', () => {
  const sections = [
    {
      caption: 'Officers',
      groups: [
        {
          name: 'Generals',
          ranks: [
            { name: 'General', native: [{ text: 'جەنەرال', lang: 'ug-Arab', dir: 'rtl' as const }], board: 0 },
            { name: 'Major General', native: [], board: 1 },
          ],
        },
        { name: 'Cadets', ranks: [] },
      ],
    },
    { caption: 'Enlisted', groups: [{ name: 'Men', ranks: [{ name: '-', native: [], placeholder: true }] }] },
  ];

  it('layoutTableGrid(…) gives each rank a column, an empty group one column, and spans group headers', () => {
    const grid = layoutTableGrid(sections, [], { insigniaHeight: 100, fontSize: 10 });
    // Columns are max(board width + 16, 7.5 × font size) = 75 px; the widest section has 3.
    expect(grid.width).to.equal(8 * 2 + 3 * 75);
    const groups = grid.rects.filter((r) => r.kind === 'group').map((r) => [r.x, r.width]);
    expect(groups).to.deep.equal([
      [8, 150],
      [158, 75],
      [8, 75],
    ]);
    expect(grid.boards).to.deep.equal([
      { board: 0, x: 25.5, y: grid.boards[0]?.y, width: 40, height: 100 },
      { board: 1, x: 100.5, y: grid.boards[0]?.y, width: 40, height: 100 },
    ]);
  });

  it('layoutTableGrid(…) writes names, native names with their direction, empty cells and notes', () => {
    const grid = layoutTableGrid(sections, ['1. A note.'], { insigniaHeight: 100, fontSize: 10 });
    const texts = grid.texts.map((t) => `${t.kind}:${t.text}`);
    expect(texts).to.deep.equal([
      'caption:Officers',
      'group:Generals',
      'name:General',
      'native:جەنەرال',
      'name:Major',
      'name:General',
      'group:Cadets',
      'muted:none named',
      'caption:Enlisted',
      'group:Men',
      'muted:–',
      'note:1. A note.',
    ]);
    expect(grid.texts.find((t) => t.kind === 'native')).to.include({ dir: 'rtl', lang: 'ug-Arab', anchor: 'middle', x: 45.5 });
    expect(grid.height).to.be.above(grid.texts[grid.texts.length - 1]?.y ?? 0);
  });

  it('layoutTableGrid(…) stacks each line clear of the one above by the measured reach of its font', () => {
    const plain = layoutTableGrid(sections, [], { insigniaHeight: 100, fontSize: 10 });
    const tall = { insigniaHeight: 100, fontSize: 10, text: { ascent: 11, descent: 4 }, native: { ascent: 20, descent: 10 } };
    const grid = layoutTableGrid(sections, [], tall);
    const y = (g: typeof grid, kind: string, text: string) => g.texts.find((t) => t.kind === kind && t.text === text)?.y ?? NaN;
    // Without measurements a line is 1.3 × the font size below the one above, as before.
    expect(y(plain, 'native', 'جەنەرال') - y(plain, 'name', 'General')).to.equal(13);
    // With them, the native name sits the name's descent plus its own ascent lower, and its cell grows by its reach.
    expect(y(grid, 'native', 'جەنەرال') - y(grid, 'name', 'General')).to.equal(4 + 20);
    expect(y(grid, 'name', 'General') - (grid.boards[0]?.y ?? NaN)).to.equal(y(plain, 'name', 'General') - (plain.boards[0]?.y ?? NaN) + 1);
    const cell = (g: typeof grid) => g.rects.find((r) => r.kind === 'cell')?.height ?? NaN;
    expect(cell(grid) - cell(plain)).to.equal(11 + 4 + 20 + 10 - 26);
  });
});

describe('layoutComparisonGrid', () => {
  const rank = (name: string, board?: number) => ({ name, native: [], ...(board === undefined ? {} : { board }) });
  const sections = [
    {
      caption: 'Officers',
      headings: ['NATO code', 'A', 'B'],
      rows: [
        { label: 'OF-9', cells: [[rank('A general', 0)], [rank('B general', 1), rank('B marshal', 2)]] },
        { label: 'OF-5', cells: [[], [rank('B colonel')]] },
      ],
    },
  ];

  it('layoutComparisonGrid(…) gives each system a column and each code a row as tall as its fullest cell', () => {
    const grid = layoutComparisonGrid(sections, ['1. A note.'], { insigniaHeight: 100, fontSize: 10 });
    const cells = grid.rects.filter((r) => r.kind === 'cell');
    expect(cells).to.have.length(4);
    const [a9, b9, a5, b5] = cells;
    // Same row, same top and height; B right of A.
    expect([a9?.y, a9?.height]).to.deep.equal([b9?.y, b9?.height]);
    expect(b9?.x).to.equal((a9?.x ?? 0) + (a9?.width ?? 0));
    expect(a5?.y).to.equal((a9?.y ?? 0) + (a9?.height ?? 0));
    // Two stacked boards in B's OF-9 cell make the row taller than the board-less OF-5 row.
    expect(a9?.height).to.be.above((b5?.height ?? 0) + 100);
    expect(grid.boards.map((b) => b.board)).to.deep.equal([0, 1, 2]);
    expect(grid.boards[2]?.y).to.be.above((grid.boards[1]?.y ?? 0) + 100);
    expect(grid.width).to.equal(Math.round((cells[1]?.x ?? 0) + (cells[1]?.width ?? 0) + 8));
    expect(grid.texts.map((t) => t.text)).to.include.members(['NATO code', 'OF-9', 'B marshal', '1. A note.']);
  });
});
