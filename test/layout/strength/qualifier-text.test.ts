import { expect } from '@open-wc/testing';
import { qualifierText } from '../../../src/layout/strength/index.js';

describe('qualifierText', () => {
  it('qualifierText(id) turns ids into words, custom values included', () => {
    expect(['reduced-to', 'captured', 'x-left-behind', undefined, ''].map(qualifierText)).to.deep.equal(['reduced to', 'captured', 'left behind', '', '']);
  });
});
