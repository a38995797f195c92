import { expect } from '@open-wc/testing';
import { textDirection } from '../../../src/layout/hierarchy/index.js';

describe('textDirection', () => {
  it('textDirection(Uyghur in Arabic script) is rtl', () => {
    expect(textDirection('مىللىي ئارمىيە')).to.equal('rtl');
  });

  it('textDirection goes by the first strong character', () => {
    expect(textDirection('5. مىللىي')).to.equal('rtl');
    expect(textDirection('Ili مىللىي')).to.equal('ltr');
    expect(textDirection('伊犁民族军')).to.equal('ltr');
  });

  it('textDirection of text with no letters is ltr', () => {
    expect(textDirection('123 ()')).to.equal('ltr');
    expect(textDirection('')).to.equal('ltr');
  });
});
