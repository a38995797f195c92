import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { iliNationalArmy } from '../../src/data/ili-national-army.js';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import { base } from '../data/fixtures.js';
import { CODES, mutate, mutation, queryAll, strings, type Json } from '../support/mutations.js';
import { scaled } from '../support/stress.js';

/**
 * Random mutations of valid datasets (the outside probe ran 25,000 with 0 throws): the parser never
 * throws or fails inside (a caught internal error would show as "the input could not be read"),
 * every problem has a JSON pointer and a known code, and every query runs on whatever it accepts.
 */
/** fc.assert, with the property's own error and stack in the failure (the runner does not print `cause`). */
export function check<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params);
  if (!details.failed) return;
  const error = details.errorInstance;
  throw new Error(
    `${fc.defaultReportMessage(details) ?? 'property failed'}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
}

describe('random mutations of valid datasets (issue 12, property-based)', function () {
  this.timeout(900_000);
  const runs = scaled(1_000, 12_500); // per dataset: 2,000 cases in npm test, 25,000 in test:stress

  for (const [name, make] of [
    ['the test dataset', () => base()],
    ['the built-in dataset', () => structuredClone(iliNationalArmy)],
  ] as const) {
    it(`${name}: parse never fails inside, problems are well-formed, queries run on every accepted result`, () => {
      const t0 = performance.now();
      const pool = strings(make() as unknown as Json);
      let accepted = 0;
      let rejected = 0;
      check(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, asText) => {
          const oob = make() as unknown as Json;
          for (const m of mutations) mutate(oob, m, pool);
          let input: unknown = oob;
          if (asText) {
            try {
              input = JSON.stringify(oob);
            } catch {
              input = oob;
            }
          }
          const result = parseOrderOfBattle(input);
          if (!result.ok) {
            rejected += 1;
            for (const p of result.problems) {
              expect(p.message, 'no internal failure').to.not.match(/could not be read: (RangeError|TypeError|ReferenceError)/);
              expect(CODES.has(p.code), p.code).to.equal(true);
              expect(p.path === '' || p.path.startsWith('/'), p.path).to.equal(true);
              expect(p.message.length, 'bounded message').to.be.below(2_000);
            }
            return;
          }
          accepted += 1;
          queryAll(result.dataset);
        }),
        { numRuns: runs, seed: name.length },
      );
      console.log(
        `mutations of ${name} (${(performance.now() - t0).toFixed(0)} ms): ${runs} cases, ${accepted} accepted (queries ran), ${rejected} rejected`,
      );
      expect(accepted + rejected).to.equal(runs);
      expect(accepted, 'some mutations keep the dataset valid').to.be.greaterThan(0);
    });
  }
});
