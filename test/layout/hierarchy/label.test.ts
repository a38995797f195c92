import { expect } from '@open-wc/testing';
import { textWidth } from '../../../src/layout/text.js';
import { textDirection, wrapLabel } from '../../../src/layout/hierarchy/label.js';

describe('wrapLabel', () => {
  it('wrapLabel(short text) is one line', () => {
    expect(wrapLabel('Sibo Battalion', 20, 2)).to.deep.equal({ lines: ['Sibo Battalion'], truncated: false });
  });

  it('wrapLabel breaks between words to fit the width', () => {
    expect(wrapLabel('Ghulja Reserve Regiment', 6, 3)).to.deep.equal({ lines: ['Ghulja', 'Reserve', 'Regiment'], truncated: false });
  });

  it('wrapLabel truncates with an ellipsis beyond maxLines', () => {
    const { lines, truncated } = wrapLabel('Kazakh irregulars under Osman Batur and many more words', 12, 2);
    expect(truncated).to.equal(true);
    expect(lines).to.have.length(2);
    expect(lines[1]?.endsWith('…')).to.equal(true);
    expect(textWidth(lines[1] ?? '')).to.be.at.most(12);
  });

  it('wrapLabel hard-breaks a word longer than a line', () => {
    const { lines } = wrapLabel('Aaaaaaaaaaaaaaaaaaaa', 4, 10);
    expect(lines.join('')).to.equal('Aaaaaaaaaaaaaaaaaaaa');
    for (const line of lines) expect(textWidth(line)).to.be.at.most(4);
  });

  it('wrapLabel counts CJK characters as full width', () => {
    expect(textWidth('伊犁')).to.equal(2);
    expect(wrapLabel('伊犁民族军', 3, 2).lines).to.deep.equal(['伊犁民', '族军']);
  });

  it('wrapLabel("") has no lines', () => {
    expect(wrapLabel('   ', 10, 2)).to.deep.equal({ lines: [], truncated: false });
  });
});

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
