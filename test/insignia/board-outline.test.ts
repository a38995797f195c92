import { expect } from '@open-wc/testing';
import { boardOutline } from '../../src/insignia/index.js';

describe('boardOutline', () => {
  it("boardOutline('pointed', …) draws an obtuse point at the collar end and a straight lower edge", () => {
    expect(boardOutline('pointed', 0, 0, 60, 150, 12)).to.equal('M0 150V12L30 0L60 12V150Z');
  });

  it("boardOutline('rounded', …) closes the collar end with an arc as high as the point", () => {
    expect(boardOutline('rounded', 0, 0, 60, 150, 12)).to.equal('M0 150V12A30 12 0 0 1 60 12V150Z');
  });

  it("boardOutline('square', …) is a rectangle", () => {
    expect(boardOutline('square', 0, 0, 60, 150, 12)).to.equal('M0 150V0H60V150Z');
  });

  it('boardOutline(…) offsets and rounds an inset outline to 2 decimals', () => {
    expect(boardOutline('pointed', 2.5, 2.5, 55, 147.5, 11)).to.equal('M2.5 150V13.5L30 2.5L57.5 13.5V150Z');
    expect(boardOutline('pointed', 1 / 3, 0, 10, 10, 1)).to.equal('M0.33 10V1L5.33 0L10.33 1V10Z');
  });
});
