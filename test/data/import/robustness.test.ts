import fc from 'fast-check';
import { fromCSV, fromOrbatMapper } from '../../../src/data/import/index.js';
import type { ImportResult } from '../../../src/data/import/index.js';
import { exerciseScenario } from './orbat-scenario.js';

// Fixed seeds: the same inputs on every run and machine; a new failure is a new input, not luck.

/** What every conversion must hold, whatever the input: no throw, ok only when the dataset parses and nothing is an error. */
function sound(result: ImportResult): boolean {
  const errors = result.problems.some((p) => p.severity === 'error');
  return result.ok === (result.parsed.ok && !errors) && (result.parsed.ok || result.problems.length > 0);
}

const csvCell = fc.oneof(
  fc.string(),
  fc.constantFrom('', '"', '""', ',', ';', '\n', '\r\n', '1,200', 'x-a', 'corps', 'division', 'a', 'b', '1900', 'yes'),
);
const csv = fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
const header = fc.constantFrom('id,parent,name,echelon,side\n', 'id,name,echelon,order,citationNeeded,source\n', '');

describe('converters never throw', () => {
  it('fromCSV on arbitrary sheets', () => {
    fc.assert(
      fc.property(header, csv, fc.option(csv, { nil: undefined }), fc.option(csv, { nil: undefined }), (h, units, strength, changes) => {
        return sound(
          fromCSV({ units: h + units, ...(strength === undefined ? {} : { strength }), ...(changes === undefined ? {} : { changes }) }),
        );
      }),
      { numRuns: 150, seed: 1945 },
    );
  });

  it('fromOrbatMapper on arbitrary JSON, and on the test scenario with parts replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => sound(fromOrbatMapper(value))),
      { numRuns: 150, seed: 1945 },
    );
    const paths: (string | number)[][] = [
      ['sides'],
      ['sides', 0, 'groups'],
      ['sides', 0, 'groups', 0, 'subUnits', 0],
      ['sides', 0, 'groups', 0, 'subUnits', 0, 'state'],
      ['events'],
      ['startTime'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const scenario = exerciseScenario();
        let at: Record<string | number, unknown> = scenario;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = value;
        return sound(fromOrbatMapper(scenario));
      }),
      { numRuns: 200, seed: 1949 },
    );
  });
});
