/**
 * How a unit's SIDC is drawn: by the built-in land-unit symbols when they show everything the
 * code says, otherwise by milsymbol, loaded on demand (`src/elements/shared/milsymbol.ts`).
 * The digits themselves are read by `parseSidc` (`src/data/import/sidc-code.ts`).
 */
import type { Affiliation, Arm, Echelon } from '../data/types.js';
import { ARM_ENTITIES, BUILTIN_LAND_ENTITIES, SIDC_ECHELONS, parseSidc } from '../data/import/sidc-code.js';
import type { Sidc } from '../data/import/sidc-code.js';

export { ARM_ENTITIES, BUILTIN_LAND_ENTITIES, SIDC_ECHELONS, isSidc, normalizeSidc, parseSidc } from '../data/import/sidc-code.js';
export type { Sidc, SidcContext, SidcStatus, StandardIdentity } from '../data/import/sidc-code.js';

/** What a SIDC is drawn with: the built-in land-unit symbol (with the arm it maps to), or milsymbol. */
export type SidcDrawing =
  { kind: 'builtin'; affiliation: Affiliation; arm: Arm | undefined; echelon: Echelon | undefined } | { kind: 'milsymbol' };

/**
 * Icons whose lines run from edge to edge of the frame (the motorized bar, the medical cross).
 * The built-in icons stop them at the inner box, which matches 2525D only in the rectangular
 * friend and square neutral frames; in diamond and quatrefoil frames milsymbol draws them.
 */
const EDGE_TO_EDGE = new Set(['121104', '161300']);

/**
 * How to draw a SIDC. The built-in symbols are used only when they show everything the code
 * says: a land unit (set 10) in reality, present, with a solid frame (friend, hostile, neutral,
 * unknown), no task force or dummy, no modifiers, an echelon or none, and an icon from
 * {@link BUILTIN_LAND_ENTITIES} drawn as 2525D draws it in that frame (or no icon; a headquarters
 * without icon draws the staff).
 * Anything else, dashed frames and planned status included, goes to milsymbol.
 */
export function sidcDrawing(sidc: Sidc): SidcDrawing {
  const solid =
    sidc.standardIdentity === 'friend' ||
    sidc.standardIdentity === 'hostile' ||
    sidc.standardIdentity === 'neutral' ||
    sidc.standardIdentity === 'unknown';
  const plain =
    sidc.context === 'reality' &&
    sidc.status === 'present' &&
    !sidc.taskForce &&
    !sidc.dummy &&
    sidc.modifier1 === '00' &&
    sidc.modifier2 === '00';
  const amplifierOk = sidc.amplifier === '00' || sidc.echelon !== undefined;
  if (sidc.symbolSet !== '10' || !solid || !plain || !amplifierOk) return { kind: 'milsymbol' };
  let arm: Arm | undefined;
  if (sidc.entity === '000000') arm = sidc.headquarters ? 'headquarters' : undefined;
  else if (sidc.headquarters)
    return { kind: 'milsymbol' }; // the built-in staff goes only with an empty frame
  else {
    arm = BUILTIN_LAND_ENTITIES[sidc.entity];
    if (arm === undefined) return { kind: 'milsymbol' };
    if (EDGE_TO_EDGE.has(sidc.entity) && (sidc.affiliation === 'hostile' || sidc.affiliation === 'unknown')) return { kind: 'milsymbol' };
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

/** What a unit with a SIDC is drawn as: the inputs of the built-in symbol, and whether milsymbol draws it instead. */
export interface SidcSymbolInputs {
  affiliation: Affiliation;
  arm: Arm | undefined;
  echelon: Echelon | undefined;
  /** Drawn by milsymbol; the built-in frame of `affiliation` (with the echelon) stands in until it loads. */
  milsymbol: boolean;
}

const inputs = new Map<string, SidcSymbolInputs | undefined>();

/** The symbol inputs of a SIDC, or `undefined` when `code` is not a 20-digit SIDC (the unit is then drawn from its fields). */
export function sidcSymbolInputs(code: string): SidcSymbolInputs | undefined {
  // Charts ask for every node on every render; a chart has few distinct codes.
  if (inputs.has(code)) return inputs.get(code);
  if (inputs.size > 1000) inputs.clear();
  const sidc = parseSidc(code);
  let out: SidcSymbolInputs | undefined;
  if (sidc) {
    const drawing = sidcDrawing(sidc);
    out =
      drawing.kind === 'builtin'
        ? { affiliation: drawing.affiliation, arm: drawing.arm, echelon: drawing.echelon, milsymbol: false }
        : { affiliation: sidc.affiliation, arm: undefined, echelon: sidc.echelon, milsymbol: true };
  }
  inputs.set(code, out);
  return out;
}

/** `code` with its echelon amplifier set to `echelon`, for units whose echelon changed over time; other codes unchanged. */
export function sidcWithEchelon(code: string, echelon: Echelon): string {
  const sidc = parseSidc(code);
  const amplifier = Object.entries(SIDC_ECHELONS).find(([, e]) => e === echelon)?.[0];
  if (!sidc || !amplifier || (sidc.symbolSet !== '10' && sidc.symbolSet !== '11')) return code;
  return sidc.code.slice(0, 8) + amplifier + sidc.code.slice(10);
}
