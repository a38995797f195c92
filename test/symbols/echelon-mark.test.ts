import { expect } from '@open-wc/testing';
import { echelonMark, ECHELON_GAP, ECHELON_HEIGHT, pathData } from '../../src/symbols/index.js';
import type { RawShape } from '../../src/symbols/index.js';

const paths = (shapes: RawShape[]): string[] => shapes.map((s) => (s.kind === 'path' ? pathData(s.commands) : s.kind));

describe('echelonMark', () => {
  it('echelonMark("regiment", top) draws three bars just above the frame', () => {
    expect(paths(echelonMark('regiment', -50))).to.deep.equal(['M-14,-76L-14,-56', 'M0,-76L0,-56', 'M14,-76L14,-56']);
    expect(-50 - ECHELON_GAP).to.equal(-56);
    expect(-56 - ECHELON_HEIGHT).to.equal(-76);
  });

  it('echelonMark("battalion") draws two bars, centred', () => {
    expect(paths(echelonMark('battalion', -50))).to.deep.equal(['M-7,-76L-7,-56', 'M7,-76L7,-56']);
  });

  it('echelonMark counts Xs: brigade 1, division 2, corps 3, army 4, army group 5', () => {
    const counts = ['brigade', 'division', 'corps', 'army', 'army-group'].map((e) => echelonMark(e as never, -50).length);
    expect(counts).to.deep.equal([1, 2, 3, 4, 5]);
    const [x] = echelonMark('brigade', -50);
    expect(x?.kind === 'path' && pathData(x.commands)).to.equal('M-8,-76L8,-56M-8,-56L8,-76');
  });

  it('echelonMark uses dots for squad, section and platoon', () => {
    expect(echelonMark('platoon', -50)).to.deep.equal([
      { kind: 'circle', role: 'echelon-fill', cx: -20, cy: -66, r: 6 },
      { kind: 'circle', role: 'echelon-fill', cx: 0, cy: -66, r: 6 },
      { kind: 'circle', role: 'echelon-fill', cx: 20, cy: -66, r: 6 },
    ]);
    expect(echelonMark('squad', -50)).to.have.length(1);
  });

  it('echelonMark("company") is one bar and "command" two plus signs', () => {
    expect(paths(echelonMark('company', -50))).to.deep.equal(['M0,-76L0,-56']);
    expect(paths(echelonMark('command', -50))).to.deep.equal(['M-13,-76L-13,-56M-23,-66L-3,-66', 'M13,-76L13,-56M3,-66L23,-66']);
  });

  it('echelonMark("team") is a slashed circle', () => {
    const [team] = echelonMark('team', -50);
    expect(team?.kind === 'path' && team.commands.filter((c) => c.c === 'C')).to.have.length(4);
  });

  it('echelonMark draws nothing for unknown, custom or missing echelons', () => {
    expect(echelonMark('unknown', -50)).to.deep.equal([]);
    expect(echelonMark('x-detachment', -50)).to.deep.equal([]);
    expect(echelonMark(undefined, -50)).to.deep.equal([]);
  });
});
