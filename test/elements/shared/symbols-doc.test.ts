import { expect } from '@open-wc/testing';
import { ARMS, ECHELONS } from '../../../src/data/validate/enums.js';
import { ARM_NOTES, ECHELON_NOTES, referenceSymbol, symbolsMarkdown } from '../../../stories/symbols-reference.js';

const icons = (arm: Parameters<typeof referenceSymbol>[0]) =>
  referenceSymbol(arm, undefined)
    .shapes.filter((s) => s.role !== 'frame')
    .map((s) => JSON.stringify(s));

describe('the unit symbols reference (docs/symbols.md and the Storybook page)', () => {
  it('docs/symbols.md is what src/symbols draws today (regenerate with `node scripts/symbols-doc.mjs`)', async () => {
    const doc = await (await fetch('/docs/symbols.md')).text();
    expect(doc).to.equal(symbolsMarkdown());
  });

  it('lists every arm and echelon value of the schema, each with a drawn glyph and words', () => {
    const doc = symbolsMarkdown();
    for (const arm of ARMS) {
      expect(ARM_NOTES[arm], arm).to.be.a('string').and.not.equal('');
      expect(doc).to.match(new RegExp(`\\| \`${arm}\` \\| <svg [^|]*aria-label="${arm} symbol"`));
    }
    for (const echelon of ECHELONS) {
      expect(ECHELON_NOTES[echelon], echelon).to.be.a('string').and.not.equal('');
      expect(doc).to.match(new RegExp(`\\| \`${echelon}\` \\| <svg [^|]*aria-label="${echelon} symbol"`));
    }
  });

  it('says that combined-arms draws infantry plus armour, as it does', () => {
    const combined = icons('combined-arms');
    expect(combined).to.include.members([...icons('infantry'), ...icons('armour')]);
    expect(combined).to.have.length(icons('infantry').length + icons('armour').length);
    expect(ARM_NOTES['combined-arms']).to.contain('infantry X plus the armour track');
  });

  it('describes the echelon amplifiers by their drawn count (bars, Xs)', () => {
    const marks = (e: Parameters<typeof referenceSymbol>[1]) =>
      referenceSymbol(undefined, e).shapes.filter((s) => s.role.startsWith('echelon')).length;
    expect([marks('company'), marks('battalion'), marks('regiment')]).to.deep.equal([1, 2, 3]);
    expect(ECHELON_NOTES.regiment).to.contain('|||');
    expect([marks('brigade'), marks('division'), marks('corps'), marks('army')]).to.deep.equal([1, 2, 3, 4]);
    expect(ECHELON_NOTES.army).to.equal('XXXX.');
  });
});
