import { expect } from '@open-wc/testing';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { Attested, Citation, OrderOfBattle } from '../../src/data/types.js';

/** Every object in the dataset that carries citations, with its JSON pointer. */
function citedFacts(value: unknown, path = ''): { path: string; fact: Attested }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citedFacts(item, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const own = 'citations' in value ? [{ path, fact: value as Attested }] : [];
  return [...own, ...Object.entries(value).flatMap(([key, child]) => (key === 'citations' ? [] : citedFacts(child, `${path}/${key}`)))];
}

function resolvePointer(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the Ili National Army dataset', () => {
  let article = '';
  before(async () => {
    article = normalise(await (await fetch('/test/fixtures/seed-article.txt')).text());
  });

  it('parseOrderOfBattle(iliNationalArmy) finds zero problems', () => {
    const result = parseOrderOfBattle(iliNationalArmy);
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
  });

  it('round-trips through JSON unchanged and still parses', () => {
    const json = JSON.stringify(iliNationalArmy);
    const back = JSON.parse(json) as OrderOfBattle;
    expect(back).to.deep.equal(iliNationalArmy);
    expect(parseOrderOfBattle(json).ok).to.equal(true);
  });

  it('has the counts the article supports', () => {
    const counts = {
      units: iliNationalArmy.units.length,
      people: iliNationalArmy.people?.length,
      roles: iliNationalArmy.roles?.length,
      strength: iliNationalArmy.strength?.length,
      events: iliNationalArmy.events?.length,
      ranks: iliNationalArmy.rankSystems?.[0]?.ranks.length,
      sources: iliNationalArmy.sources.length,
      notes: iliNationalArmy.notes?.length,
    };
    expect(counts).to.deep.equal({ units: 12, people: 10, roles: 10, strength: 19, events: 19, ranks: 17, sources: 9, notes: 13 });
  });

  it('keeps the article reference numbers [1]-[8]', () => {
    expect(iliNationalArmy.sources.map((s) => s.ref).filter(Boolean)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('quotes the article verbatim in every citation (fragments split at "…")', () => {
    const quotes: { path: string; citation: Citation }[] = citedFacts(iliNationalArmy).flatMap(({ path, fact }) =>
      (fact.citations ?? []).map((citation) => ({ path, citation })),
    );
    const missing = quotes
      .filter(({ citation }) => citation.source === 'article')
      .flatMap(({ path, citation }) =>
        (citation.quote ?? '')
          .split('…')
          .map(normalise)
          .filter((fragment) => fragment.length > 0 && !article.includes(fragment))
          .map((fragment) => `${path}: ${fragment}`),
      );
    expect(missing).to.deep.equal([]);
    expect(quotes.length).to.be.greaterThan(80);
  });

  it('cites every unit, observation, event, role and rank', () => {
    const uncited = [
      ...iliNationalArmy.units.map((u, i) => ({ path: `/units/${i}`, fact: u })),
      ...(iliNationalArmy.strength ?? []).map((o, i) => ({ path: `/strength/${i}`, fact: o })),
      ...(iliNationalArmy.events ?? []).map((e, i) => ({ path: `/events/${i}`, fact: e })),
      ...(iliNationalArmy.roles ?? []).map((r, i) => ({ path: `/roles/${i}`, fact: r })),
      ...(iliNationalArmy.rankSystems?.[0]?.ranks ?? []).map((r, i) => ({ path: `/rankSystems/0/ranks/${i}`, fact: r })),
    ].filter(({ fact }) => (fact.citations ?? []).length === 0);
    expect(uncited.map((u) => u.path)).to.deep.equal([]);
  });

  it('marks the "citation needed" paragraph of M. Kutlukov on its figures', () => {
    const flagged = (iliNationalArmy.strength ?? []).filter((o) => o.citationNeeded).map((o) => o.id);
    expect(flagged).to.deep.equal(['kmt-divisions-1945-09', 'kmt-surrendered-1945-09', 'kmt-generals-surrendered-1945-09']);
  });

  it('models both sides of the 50,000 vs 25,000-30,000 contradiction as disputing observations', () => {
    const byId = new Map((iliNationalArmy.strength ?? []).map((o) => [o.id, o]));
    expect(byId.get('ina-infantry-infobox')?.value).to.equal(50000);
    expect(byId.get('ina-enlisted')?.value).to.deep.equal({ min: 25000, max: 30000 });
    expect(byId.get('ina-infantry-infobox')?.disputes).to.deep.equal(['ina-enlisted']);
  });

  it('points every note at facts that exist', () => {
    const dangling = (iliNationalArmy.notes ?? []).flatMap((note) =>
      (note.about ?? []).filter((pointer) => resolvePointer(iliNationalArmy, pointer) === undefined).map((p) => `${note.id}: ${p}`),
    );
    expect(dangling).to.deep.equal([]);
  });

  it('marks every insignia as a reconstruction after the Soviet pattern, citing [7]', () => {
    const ranks = iliNationalArmy.rankSystems?.[0]?.ranks ?? [];
    const drawn = ranks.filter((r) => r.insignia);
    expect(drawn.length).to.equal(16);
    for (const r of drawn) {
      expect(r.insignia?.basis, r.id).to.equal('reconstruction');
      expect(r.insignia?.follows, r.id).to.match(/^Soviet 1943 pattern, /);
      expect(
        r.insignia?.citations?.map((c) => c.source),
        r.id,
      ).to.include('ref-7');
    }
  });

  it('gives the two Uyghur rank labels right-to-left in Arabic script', () => {
    const ranks = iliNationalArmy.rankSystems?.[0]?.ranks ?? [];
    const uyghur = ranks.flatMap((r) => (r.names ?? []).map((n) => [r.id, n.text, n.lang, n.dir]));
    expect(uyghur).to.deep.equal([
      ['lieutenant-general', 'گېنىرال لېتىناتلىق', 'ug-Arab', 'rtl'],
      ['major-general', 'گېنىرال مايورلۇق', 'ug-Arab', 'rtl'],
    ]);
  });
});
