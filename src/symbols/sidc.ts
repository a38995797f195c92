/**
 * How a unit's SIDC is drawn: by the built-in land-unit symbols when they show everything the
 * code says, otherwise by milsymbol, loaded on demand (`src/elements/shared/milsymbol.ts`).
 * The digits themselves are read by `parseSidc` (`src/data/import/sidc-code.ts`).
 */
import type { Affiliation, Arm, Echelon } from '../data/types.js';
import { ARM_ENTITIES, BUILTIN_LAND_ENTITIES, SIDC_ECHELONS } from '../data/import/sidc-code.js';
import type { Sidc } from '../data/import/sidc-code.js';

export { ARM_ENTITIES, BUILTIN_LAND_ENTITIES, SIDC_ECHELONS, isSidc, normalizeSidc, parseSidc } from '../data/import/sidc-code.js';
export type { Sidc, SidcContext, SidcStatus, StandardIdentity } from '../data/import/sidc-code.js';

/** What a SIDC is drawn with: the built-in land-unit symbol (with the arm it maps to), or milsymbol. */
export type SidcDrawing = { kind: 'builtin'; affiliation: Affiliation; arm: Arm | undefined; echelon: Echelon | undefined } | { kind: 'milsymbol' };

/**
 * How to draw a SIDC. The built-in symbols are used only when they show everything the code
 * says: a land unit (set 10) in reality, present, with a solid frame (friend, hostile, neutral,
 * unknown), no task force or dummy, no modifiers, an echelon or none, and an icon from
 * {@link BUILTIN_LAND_ENTITIES} (or no icon; a headquarters without icon draws the staff).
 * Anything else, dashed frames and planned status included, goes to milsymbol.
 */
export function sidcDrawing(sidc: Sidc): SidcDrawing {
  const solid = sidc.standardIdentity === 'friend' || sidc.standardIdentity === 'hostile' || sidc.standardIdentity === 'neutral' || sidc.standardIdentity === 'unknown';
  const plain = sidc.context === 'reality' && sidc.status === 'present' && !sidc.taskForce && !sidc.dummy && sidc.modifier1 === '00' && sidc.modifier2 === '00';
  const amplifierOk = sidc.amplifier === '00' || sidc.echelon !== undefined;
  if (sidc.symbolSet !== '10' || !solid || !plain || !amplifierOk) return { kind: 'milsymbol' };
  let arm: Arm | undefined;
  if (sidc.entity === '000000') arm = sidc.headquarters ? 'headquarters' : undefined;
  else if (sidc.headquarters) return { kind: 'milsymbol' }; // the built-in staff goes only with an empty frame
  else {
    arm = BUILTIN_LAND_ENTITIES[sidc.entity];
    if (arm === undefined) return { kind: 'milsymbol' };
  }
  return { kind: 'builtin', affiliation: sidc.affiliation, arm, echelon: sidc.echelon };
}

const IDENTITY_DIGIT: Record<Affiliation, string> = { unknown: '1', friend: '3', neutral: '4', hostile: '6' };

/**
 * A land-unit SIDC (2525D / APP-6D, reality, present) for an affiliation, arm and echelon, for
 * tools that export symbols; arms without an entity in {@link ARM_ENTITIES} get an empty frame.
 */
export function landUnitSidc(affiliation: Affiliation, arm: Arm | undefined, echelon: Echelon | undefined): string {
  const amplifier = Object.entries(SIDC_ECHELONS).find(([, e]) => e === echelon)?.[0] ?? '00';
  const hq = arm === 'headquarters' ? '2' : '0';
  const entity = (arm && ARM_ENTITIES[arm]) ?? '000000';
  return `100${IDENTITY_DIGIT[affiliation]}100${hq}${amplifier}${entity}0000`;
}
