import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import { barDescription, measureText } from '../../../src/layout/strength/index.js';
import { load } from '../../fixtures/load.js';

describe('barDescription', () => {
  const dataset = load();
  const byId = new Map(strengthSeries(dataset).map((p) => [p.id, p]));
  const options = { measureLabel: measureText, sideName: (id: string) => dataset.sidesById.get(id)?.name ?? id };

  it('barDescription(range) announces figure, qualifier, date, dispute and sources', () => {
    expect(barDescription(byId.get('ina-enlisted')!, options)).to.equal(
      'Personnel, East Turkistan National Army (Second East Turkestan Republic): 25,000–30,000 (range); enlisted; 8 Apr 1945–6 Jun 1946; disputed; sources: Ili National Army, body',
    );
  });
  it('barDescription(approximate, citation needed) says so', () => {
    const text = barDescription(byId.get('kmt-divisions-1945-09')!, options);
    expect(text).to.contain('~25,000 (approximate, "around 25,000")');
    expect(text).to.contain('Sep 1945');
    expect(text).to.contain('citation needed');
  });
  it('barDescription cites the article’s reference numbers', () => {
    expect(barDescription(byId.get('aircraft-captured-ghulja')!, options)).to.contain('[2] East Turkestan Republic');
  });
});
