import { expect } from '@open-wc/testing';
import { fittingOrientation, moveFocus, moveFocusInColumns } from '../../../src/layout/rank-table/keys.js';

describe('moveFocus', () => {
  const ids = ['a', 'b', 'c'];
  it('moveFocus(ids, id, arrow) steps and stops at the ends', () => {
    expect(moveFocus(ids, 'a', 'ArrowRight')).to.equal('b');
    expect(moveFocus(ids, 'b', 'ArrowDown')).to.equal('c');
    expect(moveFocus(ids, 'c', 'ArrowRight')).to.equal('c');
    expect(moveFocus(ids, 'b', 'ArrowLeft')).to.equal('a');
    expect(moveFocus(ids, 'a', 'ArrowUp')).to.equal('a');
  });
  it('moveFocus(ids, id, Home | End) jumps to the first or last', () => {
    expect(moveFocus(ids, 'b', 'Home')).to.equal('a');
    expect(moveFocus(ids, 'b', 'End')).to.equal('c');
  });
  it('moveFocus(…) ignores other keys and unknown ids', () => {
    expect(moveFocus(ids, 'b', 'x')).to.equal(undefined);
    expect(moveFocus(ids, 'z', 'Home')).to.equal(undefined);
    expect(moveFocus([], 'a', 'Home')).to.equal(undefined);
  });
});

describe('moveFocusInColumns', () => {
  // Two systems; the second has two ranks at the first code, the first none at the second code.
  const rows = [
    [['a1'], ['b1', 'b2']],
    [[], ['b3']],
    [['a3'], []],
  ];

  it('moveFocusInColumns(rows, id, ArrowDown/ArrowUp) stays in the system, skipping its empty cells', () => {
    expect(moveFocusInColumns(rows, 'a1', 'ArrowDown')).to.equal('a3');
    expect(moveFocusInColumns(rows, 'a3', 'ArrowUp')).to.equal('a1');
    expect(moveFocusInColumns(rows, 'b1', 'ArrowDown')).to.equal('b2');
    expect(moveFocusInColumns(rows, 'b2', 'ArrowDown')).to.equal('b3');
    expect(moveFocusInColumns(rows, 'b3', 'ArrowUp')).to.equal('b2');
  });

  it('moveFocusInColumns stops at the ends and moves in table order with other keys', () => {
    expect(moveFocusInColumns(rows, 'b3', 'ArrowDown')).to.equal('b3');
    expect(moveFocusInColumns(rows, 'a1', 'ArrowUp')).to.equal('a1');
    expect(moveFocusInColumns(rows, 'a1', 'ArrowRight')).to.equal('b1');
    expect(moveFocusInColumns(rows, 'b3', 'ArrowRight')).to.equal('a3');
    expect(moveFocusInColumns(rows, 'b2', 'End')).to.equal('a3');
    expect(moveFocusInColumns(rows, 'nope', 'ArrowDown')).to.equal(undefined);
  });
});

describe('fittingOrientation', () => {
  it('fittingOrientation(width, size, { rankColumns }) keeps columns while the rank columns fit', () => {
    // 96px of row headers + 11 columns of max(72, 84 × 0.4 + 16 = 49.6) = 888px.
    expect(fittingOrientation(888, 84, { rankColumns: 11 })).to.equal('columns');
    expect(fittingOrientation(887, 84, { rankColumns: 11 })).to.equal('rows');
    // Large boards widen the columns: 200 × 0.4 + 16 = 96px each.
    expect(fittingOrientation(888, 200, { rankColumns: 11 })).to.equal('rows');
  });

  it('fittingOrientation(width, size, { systems }) needs a 150px column per compared system', () => {
    expect(fittingOrientation(396, 84, { systems: 2 })).to.equal('columns');
    expect(fittingOrientation(395, 84, { systems: 2 })).to.equal('rows');
    expect(fittingOrientation(320, 84, { systems: 2 })).to.equal('rows');
  });

  it('fittingOrientation keeps columns while the width is unknown (0)', () => {
    expect(fittingOrientation(0, 84, { systems: 5 })).to.equal('columns');
  });
});
