import { expect } from '@open-wc/testing';
import { hierarchyAt } from '../../../src/data/hierarchy-at.js';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import type { Dataset, OrderOfBattle } from '../../../src/data/types.js';
import { foldText, searchIndex, searchUnits } from '../../../src/layout/hierarchy/search.js';

const source: OrderOfBattle = {
  schemaVersion: '1.0',
  meta: { title: 'Search', defaultLang: 'en' },
  sources: [{ id: 's', title: 'A source', ref: '1' }],
  sides: [{ id: 'n', name: 'North', affiliation: 'friend' }],
  units: [
    {
      id: 'army',
      name: 'First Army',
      echelon: 'army',
      side: 'n',
      names: [
        { text: 'Armée du Nord', lang: 'fr' },
        { text: 'FA', lang: 'en', kind: 'abbreviation' },
      ],
    },
    { id: 'corps', parent: 'army', name: 'Süidün Corps', echelon: 'corps', names: [{ text: 'Suidong Corps', lang: 'en', kind: 'alias' }] },
    { id: 'div', parent: 'corps', name: 'Łódź Rifle Division', echelon: 'division' },
    { id: 'bn', parent: 'div', name: 'Ghulja Battalion', echelon: 'battalion' },
    { id: 'bn2', parent: 'div', name: 'Reserve Battalion of Ghulja', echelon: 'battalion' },
    { id: 'late', parent: 'army', name: 'Ghulja Reserve', echelon: 'regiment', formed: '1950' },
  ],
  people: [{ id: 'p', name: 'Isḥāq Beg Munonov', names: [{ text: 'Isaqbeg', lang: 'en', kind: 'alias' }] }],
  roles: [{ id: 'r', person: 'p', type: 'commander', unit: 'corps' }],
};

function index(lang = 'en', date = '1949') {
  const result = parseOrderOfBattle(source);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const dataset: Dataset = result.dataset;
  const h = hierarchyAt(dataset, date);
  return searchIndex(h, h.roots, lang, (u) => u.name);
}

const ids = (query: string, lang?: string) => searchUnits(index(lang), query).map((m) => m.id);

describe('foldText', () => {
  it('drops case and diacritics, and spells out letters Unicode does not decompose', () => {
    expect(foldText('Süidün')).to.equal('suidun');
    expect(foldText('Łódź')).to.equal('lodz');
    expect(foldText('Straße')).to.equal('strasse');
    expect(foldText('ISḤĀQ')).to.equal('ishaq');
  });

  it('lower-cases for the language: Turkish dotted capital I', () => {
    expect(foldText('İLİ', 'tr')).to.equal('ili');
  });
});

describe('searchUnits', () => {
  it('ignores case and diacritics', () => {
    expect(ids('suidun')).to.deep.equal(['corps']);
    expect(ids('LODZ')).to.deep.equal(['div']);
  });

  it('matches names in other languages, aliases and abbreviations, saying which text matched', () => {
    expect(ids('armee')).to.deep.equal(['army']);
    expect(ids('suidong')).to.deep.equal(['corps']);
    const [fa] = searchUnits(index(), 'fa');
    expect(fa?.id).to.equal('army');
    expect(fa?.via).to.equal('FA');
  });

  it("matches commanders' names and aliases", () => {
    expect(ids('ishaq')).to.deep.equal(['corps']);
    expect(ids('isaqbeg')).to.deep.equal(['corps']);
  });

  it('ranks names starting with the query before word starts, before other substrings', () => {
    expect(ids('ghulja')).to.deep.equal(['bn', 'bn2']);
    expect(ids('hulja')).to.deep.equal(['bn', 'bn2']);
    expect(ids('battalion')).to.deep.equal(['bn', 'bn2']);
    expect(ids('rifle')).to.deep.equal(['div']);
  });

  it('gives each match the path of its superiors, top first', () => {
    const [bn] = searchUnits(index(), 'ghulja battalion');
    expect(bn?.path).to.deep.equal(['First Army', 'Süidün Corps', 'Łódź Rifle Division']);
    expect(searchUnits(index(), 'first')[0]?.path).to.deep.equal([]);
  });

  it('finds only units in the tree at the date, and nothing for an empty query', () => {
    expect(ids('reserve')).to.deep.equal(['bn2']);
    expect(
      searchUnits(index('en', '1951'), 'reserve')
        .map((m) => m.id)
        .sort(),
    ).to.deep.equal(['bn2', 'late']);
    expect(ids('   ')).to.deep.equal([]);
    expect(ids('zzz')).to.deep.equal([]);
  });

  it('returns at most `limit` matches', () => {
    expect(searchUnits(index(), 'a', 2)).to.have.length(2);
  });
});

describe('searchUnits while typing', () => {
  it('gives the same matches when each keystroke narrows the last one, and after deleting', () => {
    const shared = index();
    const typed = ['g', 'gh', 'ghu', 'ghul', 'ghulja', 'ghulja b', 'ghul', 'r', 're', 'x', 'fa'].map((q) =>
      searchUnits(shared, q).map((m) => m.id),
    );
    const fresh = ['g', 'gh', 'ghu', 'ghul', 'ghulja', 'ghulja b', 'ghul', 'r', 're', 'x', 'fa'].map((q) =>
      searchUnits(index(), q).map((m) => m.id),
    );
    expect(typed).to.deep.equal(fresh);
  });
});
