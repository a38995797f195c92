import { expect } from '@open-wc/testing';
import { measureText } from '../../../src/layout/strength/index.js';

describe('measureText', () => {
  it('measureText(id) makes a title of a measure id, custom ones included', () => {
    expect(['personnel', 'irregular-reserves', 'armoured-vehicles', 'x-camels', ''].map(measureText)).to.deep.equal([
      'Personnel',
      'Irregular reserves',
      'Armoured vehicles',
      'Camels',
      '',
    ]);
  });
});
