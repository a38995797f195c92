import { expect } from '@open-wc/testing';
import { barKeyAction } from '../../../src/layout/strength/keys.js';

describe('barKeyAction', () => {
  it('barKeyAction(arrows) steps forward and back, clamped at the ends', () => {
    expect(barKeyAction('ArrowRight', 0, 3)).to.deep.equal({ move: 1 });
    expect(barKeyAction('ArrowDown', 2, 3)).to.deep.equal({ move: 2 });
    expect(barKeyAction('ArrowLeft', 0, 3)).to.deep.equal({ move: 0 });
    expect(barKeyAction('ArrowUp', 2, 3)).to.deep.equal({ move: 1 });
  });
  it('barKeyAction(Home, End, Enter, Space, Escape)', () => {
    expect(barKeyAction('Home', 2, 3)).to.deep.equal({ move: 0 });
    expect(barKeyAction('End', 0, 3)).to.deep.equal({ move: 2 });
    expect(barKeyAction('Enter', 0, 3)).to.deep.equal({ select: true });
    expect(barKeyAction(' ', 0, 3)).to.deep.equal({ select: true });
    expect(barKeyAction('Escape', 0, 3)).to.deep.equal({ close: true });
  });
  it('barKeyAction ignores other keys and empty charts', () => {
    expect(barKeyAction('a', 0, 3)).to.equal(undefined);
    expect(barKeyAction('ArrowRight', 0, 0)).to.equal(undefined);
  });
});
