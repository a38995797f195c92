import { expect } from '@open-wc/testing';
import { ARM_ENTITIES } from '../../src/data/import/sidc-code.js';
import { SIDC_ECHELONS, landUnitSidc, parseSidc, sidcDrawing, sidcSymbolInputs, sidcWithEchelon } from '../../src/symbols/index.js';
import type { Sidc } from '../../src/symbols/index.js';
import type { Arm } from '../../src/data/types.js';

const parsed = (code: string): Sidc => {
  const sidc = parseSidc(code);
  if (!sidc) throw new Error(`not a SIDC: ${code}`);
  return sidc;
};

describe('parseSidc', () => {
  it('reads every digit group of a 20-digit code', () => {
    expect(parseSidc('10031000151211000000')).to.deep.equal({
      code: '10031000151211000000',
      version: '10',
      context: 'reality',
      standardIdentity: 'friend',
      affiliation: 'friend',
      symbolSet: '10',
      status: 'present',
      headquarters: false,
      taskForce: false,
      dummy: false,
      amplifier: '15',
      echelon: 'company',
      entity: '121100',
      modifier1: '00',
      modifier2: '00',
    });
  });

  it('accepts the spaces and dashes people write between groups', () => {
    expect(parseSidc('10 0 3 10 0 0 15 121100 00 00')?.code).to.equal('10031000151211000000');
    expect(parseSidc('1003-1000-1512-1100-0000')?.code).to.equal('10031000151211000000');
  });

  it('rejects letter-based codes, short codes and other text', () => {
    for (const code of ['SFGPUCI----D', '1003100015121100000', '100310001512110000001', '1003100015121100000x', ''])
      expect(parseSidc(code)).to.equal(undefined);
  });

  it('maps standard identities to frames: assumed friend as friend, suspect as hostile, pending as unknown', () => {
    const identity = (d: string) => {
      const s = parsed(`100${d}1000000000000000`);
      return [s.standardIdentity, s.affiliation];
    };
    expect(['0', '1', '2', '3', '4', '5', '6', '7'].map(identity)).to.deep.equal([
      ['pending', 'unknown'],
      ['unknown', 'unknown'],
      ['assumed-friend', 'friend'],
      ['friend', 'friend'],
      ['neutral', 'neutral'],
      ['suspect', 'hostile'],
      ['hostile', 'hostile'],
      ['other', 'unknown'],
    ]);
  });

  it('reads HQ, task force and dummy from digit 8', () => {
    const flags = (d: string) => {
      const s = parsed(`1003100${d}000000000000`);
      return [s.headquarters, s.taskForce, s.dummy];
    };
    expect(['0', '1', '2', '3', '4', '5', '6', '7', '8'].map(flags)).to.deep.equal([
      [false, false, false],
      [false, false, true],
      [true, false, false],
      [true, false, true],
      [false, true, false],
      [false, true, true],
      [true, true, false],
      [true, true, true],
      [false, false, false],
    ]);
  });

  it('reads an echelon only in land unit and land civilian sets', () => {
    expect(parsed('10031000181211000000').echelon).to.equal('brigade');
    expect(parsed('10031100181211000000').echelon).to.equal('brigade');
    expect(parsed('10033000181202040000').echelon).to.equal(undefined);
    expect(parsed('10031000311211000000').echelon).to.equal(undefined);
  });
});

describe('sidcDrawing', () => {
  const kind = (code: string) => sidcDrawing(parsed(code)).kind;

  it('draws plain land units of the mapped entities with the built-in symbols', () => {
    expect(sidcDrawing(parsed('10061000161205000000'))).to.deep.equal({
      kind: 'builtin',
      affiliation: 'hostile',
      arm: 'armour',
      echelon: 'battalion',
    });
    expect(sidcDrawing(parsed('10041000000000000000'))).to.deep.equal({
      kind: 'builtin',
      affiliation: 'neutral',
      arm: undefined,
      echelon: undefined,
    });
    expect(sidcDrawing(parsed('10031002210000000000'))).to.deep.equal({
      kind: 'builtin',
      affiliation: 'friend',
      arm: 'headquarters',
      echelon: 'division',
    });
  });

  it('leaves to milsymbol what the built-in symbols cannot show', () => {
    const cases: [string, string][] = [
      ['10033000001202040000', 'sea surface'],
      ['10030100001101000000', 'air'],
      ['10033500001101000000', 'subsurface'],
      ['10032000001100000000', 'land installation'],
      ['10031000151210000000', 'an entity without a built-in icon (combined arms)'],
      ['10031010151211000000', 'planned status (dashed frame)'],
      ['10031030151211000000', 'damaged'],
      ['10131000151211000000', 'exercise context'],
      ['10021000151211000000', 'assumed friend (dashed frame)'],
      ['10051000151211000000', 'suspect (dashed frame)'],
      ['10031001151211000000', 'dummy'],
      ['10031004151211000000', 'task force'],
      ['10031002151211000000', 'headquarters with an icon'],
      ['10031000311211000000', 'a mobility amplifier'],
      ['10031000151211010000', 'a sector 1 modifier'],
      ['10031000151211000001', 'a sector 2 modifier'],
      ['10061000151211040000', 'hostile motorized infantry (edge-to-edge bar)'],
    ];
    for (const [code, what] of cases) expect(kind(code), what).to.equal('milsymbol');
  });
});

describe('landUnitSidc and sidcWithEchelon', () => {
  it('writes codes that read back to the same affiliation, arm and echelon', () => {
    for (const arm of Object.keys(ARM_ENTITIES) as Arm[]) {
      for (const echelon of Object.values(SIDC_ECHELONS)) {
        const code = landUnitSidc('friend', arm, echelon);
        expect(sidcSymbolInputs(code), `${arm} ${echelon}`).to.deep.equal({ affiliation: 'friend', arm, echelon, milsymbol: false });
      }
    }
    expect(landUnitSidc('hostile', 'headquarters', 'corps')).to.equal('10061002220000000000');
    expect(landUnitSidc('neutral', 'x-bridging', undefined)).to.equal('10041000000000000000');
  });

  it('replaces the echelon amplifier of land codes only', () => {
    expect(sidcWithEchelon('10031000181211000000', 'division')).to.equal('10031000211211000000');
    expect(sidcWithEchelon('10033000001202040000', 'division')).to.equal('10033000001202040000');
    expect(sidcWithEchelon('10031000181211000000', 'x-wing')).to.equal('10031000181211000000');
    expect(sidcWithEchelon('not a code', 'division')).to.equal('not a code');
  });
});
