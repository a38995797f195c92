import { expect } from '@open-wc/testing';
import { barMarks } from '../../../src/layout/strength/index.js';

describe('barMarks', () => {
  it('barMarks(flags) lists the symbols of the flags set', () => {
    expect(barMarks({ approximate: true, disputed: true, citationNeeded: true })).to.equal('~ ≠ [?]');
    expect(barMarks({ approximate: false, disputed: false, citationNeeded: true })).to.equal('[?]');
    expect(barMarks({ approximate: false, disputed: false, citationNeeded: false })).to.equal('');
  });
});
