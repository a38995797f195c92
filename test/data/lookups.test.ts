import { expect } from '@open-wc/testing';
import { citationLabel, descendants, localizedName, sourcesFor, unitPath } from '../../src/data/lookups.js';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { tinyOob } from '../fixtures/tiny-oob.js';
import { load } from '../fixtures/load.js';

describe('lookups', () => {
  const tiny = load(tinyOob());
  const ina = load(iliNationalArmy);

  it('unitPath(tiny, "bde") walks up to the root', () => {
    expect(unitPath(tiny, 'bde').map((u) => u.id)).to.deep.equal(['corps', 'div1', 'bde']);
    expect(unitPath(tiny, 'nope')).to.deep.equal([]);
  });

  it('descendants(tiny, "corps") lists the subtree depth first', () => {
    expect(descendants(tiny, 'corps').map((u) => u.id)).to.deep.equal(['div1', 'bde', 'bn', 'div2', 'late']);
    expect(descendants(tiny, 'bn')).to.deep.equal([]);
  });

  it('sourcesFor resolves citations and skips unknown ids', () => {
    const fact = { citations: [{ source: 's1', locator: 'p. 3' }, { source: 'missing' }] };
    expect(sourcesFor(tiny, fact).map((c) => [c.source.id, c.citation.locator])).to.deep.equal([['s1', 'p. 3']]);
  });

  it('citationLabel shows reference numbers once and citation needed', () => {
    const enlisted = ina.observationsById.get('ina-aircraft-1949');
    expect(enlisted && citationLabel(ina, enlisted)).to.equal('Ili National Army');
    const captured = ina.observationsById.get('aircraft-captured-ghulja');
    expect(captured && citationLabel(ina, captured)).to.equal('Ili National Army [2]');
    const kmt = ina.observationsById.get('kmt-divisions-1945-09');
    expect(kmt && citationLabel(ina, kmt)).to.equal('Ili National Army [citation needed]');
  });

  it('localizedName picks exact, then primary-subtag, then default names; never aliases', () => {
    const unit = {
      name: 'Default',
      names: [
        { text: 'Alias', lang: 'fr', kind: 'alias' as const },
        { text: 'Nom', lang: 'fr-CA' },
        { text: 'ئات', lang: 'ug-Arab', dir: 'rtl' as const },
      ],
    };
    expect(localizedName(unit, 'fr-CA')).to.deep.equal({ text: 'Nom', lang: 'fr-CA', dir: 'auto' });
    expect(localizedName(unit, 'fr')).to.deep.equal({ text: 'Nom', lang: 'fr-CA', dir: 'auto' });
    expect(localizedName(unit, 'ug')).to.deep.equal({ text: 'ئات', lang: 'ug-Arab', dir: 'rtl' });
    expect(localizedName(unit, 'de')).to.deep.equal({ text: 'Default' });
    expect(localizedName(unit, undefined)).to.deep.equal({ text: 'Default' });
  });
});
