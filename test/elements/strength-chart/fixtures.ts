/**
 * Invented orders of battle for the strength chart's tests, stories and benchmarks: an
 * illustrative 41-unit field army (generic names, the shape of a Napoleonic army: figures for the
 * army, corps and divisions dated to a month, for each cavalry regiment on the day of a battle),
 * and a generated army with one figure per unit at one date (snapshots of 1,000 or 10,000 units).
 */
import { generateOrderOfBattle } from '../../../src/data/generate.js';
import type { Measure, OrderOfBattle, StrengthObservation, Unit } from '../../../src/data/types.js';

const CORPS = ['I', 'II', 'III', 'IV'];
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** The illustrative field army: 1 army, 4 corps, 12 divisions, 24 cavalry regiments; every name and figure invented. */
export function illustrativeArmy(): OrderOfBattle {
  const units: Unit[] = [{ id: 'army', name: 'Field Army', echelon: 'army', side: 'north' }];
  const strength: StrengthObservation[] = [];
  let n = 0;
  const figure = (subject: string, measure: Measure, date: string, value: number) => {
    n += 1;
    strength.push({ id: `f${n}`, measure, subject, date, value, citations: [{ source: 'invented' }] });
  };
  figure('army', 'personnel', '1815-06', 107_000);
  figure('army', 'artillery', '1815-06', 250);
  CORPS.forEach((numeral, c) => {
    const corps = `corps-${c + 1}`;
    units.push({ id: corps, parent: 'army', name: `${numeral} Corps`, echelon: 'corps' });
    figure(corps, 'personnel', '1815-06', 21_000 + c * 1_700);
    figure(corps, 'artillery', '1815-06', 40 + c * 6);
    for (let d = 0; d < 3; d += 1) {
      const index = c * 3 + d + 1;
      const division = `division-${index}`;
      units.push({ id: division, parent: corps, name: `${ordinal(index)} Infantry Division`, echelon: 'division', arm: 'infantry' });
      figure(division, 'personnel', '1815-06', 5_200 + ((index * 373) % 2_600));
      for (let r = 0; r < 2; r += 1) {
        const number = (index - 1) * 2 + r + 1;
        const regiment = `regiment-${number}`;
        units.push({ id: regiment, parent: division, name: `${ordinal(number)} Cavalry Regiment`, echelon: 'regiment', arm: 'cavalry' });
        figure(regiment, 'personnel', '1815-06-18', 255 + ((number * 97) % 286));
        figure(regiment, 'horses', '1815-06-18', 240 + ((number * 89) % 280));
      }
    }
  });
  return {
    schemaVersion: '1.0',
    meta: {
      title: 'Illustrative field army (invented)',
      description: 'An invented army with generic names, to show the strength chart with many units. Every name and figure is made up.',
      defaultLang: 'en',
      perspective: 'north',
    },
    sides: [{ id: 'north', name: 'Northern side', affiliation: 'friend' }],
    units,
    sources: [{ id: 'invented', title: 'Invented for illustration' }],
    events: [
      { id: 'battle', type: 'battle', date: '1815-06-18', title: 'Battle fought by the whole field army on its last day of the campaign' },
    ],
    strength,
  };
}

/** A generated army of `units` units with one personnel figure each on one day: a by-unit snapshot. */
export function snapshotArmy(units: number, seed = 3): OrderOfBattle {
  const oob = generateOrderOfBattle({ units, seed, observations: 0 });
  const strength: StrengthObservation[] = oob.units.map((unit, i) => ({
    id: `s${i + 1}`,
    measure: 'personnel',
    subject: unit.id,
    date: '1942-06-01',
    value: 100 + ((i * 7919) % 9_000),
  }));
  return { ...oob, strength };
}
