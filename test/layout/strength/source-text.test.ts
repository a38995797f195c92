import { expect } from '@open-wc/testing';
import { sourceText } from '../../../src/layout/strength/index.js';

describe('sourceText', () => {
  it('sourceText(citation) puts the reference number first and the locator last', () => {
    expect(sourceText({ source: { id: 's', title: 'Book', ref: '3' }, citation: { source: 's', locator: 'p. 12' } })).to.equal('[3] Book, p. 12');
    expect(sourceText({ source: { id: 's', title: 'Article' }, citation: { source: 's' } })).to.equal('Article');
  });
});
