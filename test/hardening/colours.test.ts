import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { cssColourPattern, isCssColour } from '../../src/data/css-colour.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import type { OrderOfBattle } from '../../src/data/types.js';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import '../../src/elements/rank-table/define.js';
import { validateDescriptor } from '../../src/insignia/index.js';
import { scaled } from '../support/stress.js';

/** The colours of the outside probe (accepted by the parser, refused by the drawing) and their neighbours. */
const HOSTILE = [
  '#a8123e\udbff',
  'url(https://example.org/x.png)',
  'red;background-image:url(x)',
  'red; background: red',
  ' red',
  'red ',
  'var(--oob-red)',
  '#12345',
  '#1234567',
  'expression(alert(1))',
  'rgb(1,2,3);x',
  'rgb(calc(1),2,3)',
  'notacolour',
  '',
  'red}',
  'hsl(0 0% 0%) red',
];
const GOOD = [
  '#abc',
  '#abcd',
  '#aabbcc',
  '#aabbccdd',
  'red',
  'DarkRed',
  'transparent',
  'rgb(1, 2, 3)',
  'rgba(1,2,3,0.5)',
  'rgb(10% 20% 30% / 50%)',
  'hsl(120deg 50% 50%)',
  'hsla(120, 50%, 50%, .5)',
];

/** The built-in dataset with one insignia colour replaced. */
function withColour(colour: string): OrderOfBattle {
  const oob = structuredClone(iliNationalArmy);
  const rank = oob.rankSystems?.[0]?.ranks.find((r) => r.insignia !== undefined);
  if (!rank?.insignia) throw new Error('the built-in dataset has no insignia to vary');
  rank.insignia.piping = colour;
  return oob;
}

describe('insignia colours: the parser and the drawing use one rule (issue 12, item 10)', function () {
  this.timeout(120_000);

  it('the parser accepts a colour exactly when the drawing does, for the probe corpus and the good syntaxes', () => {
    for (const colour of [...HOSTILE, ...GOOD]) {
      const parsed = parseOrderOfBattle(withColour(colour)).ok;
      const drawn =
        validateDescriptor({ kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', field: 'plain', piping: colour }).length ===
        0;
      expect([colour, parsed], 'parser').to.deep.equal([colour, isCssColour(colour)]);
      expect([colour, drawn], 'drawing').to.deep.equal([colour, parsed]);
    }
    expect(HOSTILE.filter(isCssColour)).to.deep.equal([]);
    expect(GOOD.filter((c) => !isCssColour(c))).to.deep.equal([]);
  });

  it('on random strings and random colour-like strings, parser and drawing agree', () => {
    const colourish = fc.oneof(
      fc.string(),
      fc.stringMatching(/^#[0-9a-fA-F]{0,9}$/),
      fc.tuple(fc.constantFrom('rgb', 'rgba', 'hsl', 'hsla', 'url', 'var'), fc.string({ maxLength: 20 })).map(([f, a]) => `${f}(${a})`),
      fc.tuple(fc.constantFrom(...GOOD), fc.string({ maxLength: 4 })).map(([c, tail]) => c + tail),
    );
    let accepted = 0;
    const runs = scaled(300, 3_000);
    fc.assert(
      fc.property(colourish, (colour) => {
        const drawn =
          validateDescriptor({ kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', field: 'plain', base: colour }).length ===
          0;
        const result = parseOrderOfBattle(withColour(colour));
        if (result.ok) accepted += 1;
        return result.ok === drawn;
      }),
      { numRuns: runs, seed: 10 },
    );
    console.log(`colours: ${runs} random strings, ${accepted} accepted by both`);
  });

  it('the JSON Schema says the same: its CssColour pattern is the rule, and agrees with the parser on the corpus and random strings', async () => {
    const schema = (await (await fetch(new URL('../../schema/oob-charts.schema.json', import.meta.url))).json()) as {
      $defs: { CssColour: { pattern: string; maxLength: number } };
    };
    const { pattern, maxLength } = schema.$defs.CssColour;
    expect(pattern, 'the schema carries cssColourPattern()').to.equal(cssColourPattern());
    const inSchema = (colour: string) => [...colour].length <= maxLength && new RegExp(pattern, 'u').test(colour);
    for (const colour of [...HOSTILE, ...GOOD, 'RGB(1,2,3)', 'HSL(1TURN 2% 3%)', 'ReD', 'rgb(1e2, 2, 3)', `#${'a'.repeat(200)}`]) {
      expect([colour, inSchema(colour)]).to.deep.equal([colour, isCssColour(colour)]);
    }
    const colourish = fc.oneof(
      fc.string(),
      fc.stringMatching(/^#[0-9a-fA-F]{0,9}$/),
      fc.tuple(fc.constantFrom('rgb', 'RGBA', 'hsl', 'Hsla'), fc.stringMatching(/^[0-9 ,./%a-z+-]{0,24}$/)).map(([f, a]) => `${f}(${a})`),
      fc.tuple(fc.constantFrom(...GOOD), fc.string({ maxLength: 4 })).map(([c, tail]) => c + tail),
    );
    fc.assert(
      fc.property(colourish, (colour) => inSchema(colour) === isCssColour(colour)),
      { numRuns: scaled(1_000, 10_000), seed: 12 },
    );
  });

  it('every colour the parser accepts draws in <oob-rank-table> and exports with toSVG()', async () => {
    for (const colour of GOOD) {
      const result = parseOrderOfBattle(withColour(colour));
      expect(result.ok, colour).to.equal(true);
      const el = await fixture<HTMLElement & { toSVG(): Promise<string> }>(
        html`<oob-rank-table .data=${withColour(colour)}></oob-rank-table>`,
      );
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot?.querySelector('[role="alert"]'), `${colour}: no error panel`).to.equal(null);
      expect(await el.toSVG(), colour).to.contain('<svg');
    }
  });
});
