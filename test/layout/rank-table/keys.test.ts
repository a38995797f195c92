import { expect } from '@open-wc/testing';
import { moveFocus } from '../../../src/layout/rank-table/keys.js';

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
