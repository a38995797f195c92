import { parseOrderOfBattle } from '../../../src/data/parse.js';
import { iliNationalArmy } from '../../../src/data/ili-national-army.js';
import type { Dataset, OrderOfBattle } from '../../../src/data/types.js';

/** Parses a dataset that must be valid. */
export function load(oob: OrderOfBattle = iliNationalArmy): Dataset {
  const result = parseOrderOfBattle(oob);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}
