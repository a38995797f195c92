import { expect } from '@open-wc/testing';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import type { Dataset } from '../../../src/data/types.js';
import { buildRankView, nameLanguages } from '../../../src/layout/rank-table/view.js';
import { rankOob } from '../../elements/rank-table/rank-fixture.js';

function dataset(input: unknown): Dataset {
  const result = parseOrderOfBattle(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const note = (pattern: string | undefined) => `reconstructed after ${pattern ?? '?'}`;

describe('buildRankView', () => {
  const ina = dataset(iliNationalArmy);

  it('buildRankView(ina, all) splits officers and enlisted, counting the columns the groups need', () => {
    const view = buildRankView(ina, { category: 'all', lang: '', reconstructionNote: note });
    expect(view?.sections.map((s) => [s.category, s.columns, s.groups.map((g) => g.ranks.length)])).to.deep.equal([
      ['officers', 12, [4, 3, 4, 0]],
      ['enlisted', 6, [2, 2, 2]],
    ]);
    expect(view?.ranks).to.have.length(16);
    expect(view?.hasNato).to.equal(false);
  });

  it('buildRankView(…) starts the footnotes with the reconstruction note and its sources, then the notes on the rank system', () => {
    const view = buildRankView(ina, { category: 'officers', lang: '', reconstructionNote: note });
    expect(view?.footnotes[0]).to.deep.equal({
      mark: 1,
      text: 'reconstructed after Soviet 1943 pattern',
      sources: 'Ili National Army [7]',
    });
    const titles = view?.footnotes.map((f) => f.title).filter(Boolean);
    expect(titles).to.deep.equal([
      "The general officers' header row",
      'Which enlisted ranks belong to which group',
      'Insignia are reconstructions',
    ]);
  });

  it('buildRankView(…) gives each rank its holders, native names, insignia and note marks', () => {
    const view = buildRankView(ina, { category: 'officers', lang: '', reconstructionNote: note });
    const mg = view?.ranks.find((c) => c.rank.id === 'major-general');
    expect(mg?.holders.map((h) => h.person.name)).to.deep.equal(['Ishaq Beg Munonov']);
    expect(mg?.native).to.deep.equal([{ text: 'گېنىرال مايورلۇق', lang: 'ug-Arab', dir: 'rtl' }]);
    expect(mg?.insignia?.geometry.stars).to.have.length(1);
    expect(mg?.insignia?.label).to.contain('reconstruction after the Soviet 1943 pattern, Major General');
    expect(mg?.marks).to.have.length(1);
    // Identical note texts share one footnote.
    const lg = view?.ranks.find((c) => c.rank.id === 'lieutenant-general');
    expect(lg?.marks).to.deep.equal(mg?.marks);
  });

  it('buildRankView(…) keeps placeholders in their group but not among the selectable ranks', () => {
    const view = buildRankView(dataset(rankOob()), { category: 'enlisted', lang: '', reconstructionNote: note });
    expect(view?.sections[0]?.groups[0]?.ranks.map((c) => c.rank.id)).to.deep.equal(['gap', 'sgt']);
    expect(view?.ranks.map((c) => c.rank.id)).to.deep.equal(['sgt']);
    expect(view?.sections[0]?.groups[0]?.ranks[0]?.insignia).to.equal(undefined);
  });

  it('buildRankView(…, unknown system) is undefined', () => {
    expect(buildRankView(ina, { system: 'nope', category: 'all', lang: '', reconstructionNote: note })).to.equal(undefined);
  });
});

describe('nameLanguages', () => {
  const system = iliNationalArmy.rankSystems?.[0];
  it('nameLanguages(system, "", "en") lists every language of the rank names but English', () => {
    expect(system && nameLanguages(system, '', 'en')).to.deep.equal(['ug-Arab']);
  });
  it('nameLanguages(system, lang, …) is that language, or none when it is the default', () => {
    expect(system && nameLanguages(system, 'ug', 'en')).to.deep.equal(['ug']);
    expect(system && nameLanguages(system, 'en-GB', 'en')).to.deep.equal([]);
  });
});
