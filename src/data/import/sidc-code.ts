import type { Affiliation, Arm, Echelon } from '../types.js';

/**
 * 20-digit symbol identification codes (SIDC) of MIL-STD-2525D/E and APP-6(D): what each digit
 * pair says. Pure data, shared by the converters and by `src/symbols/sidc.ts`, which decides how
 * a code is drawn.
 *
 * Layout of the digits (1-based positions, as the standards number them):
 * 1-2 version, 3 context, 4 standard identity, 5-6 symbol set, 7 status, 8 HQ / task force /
 * dummy, 9-10 amplifier (echelon or mobility), 11-16 entity, type and subtype (the icon),
 * 17-18 sector 1 modifier, 19-20 sector 2 modifier.
 */

export type SidcContext = 'reality' | 'exercise' | 'simulation' | 'other';
export type StandardIdentity = 'pending' | 'unknown' | 'assumed-friend' | 'friend' | 'neutral' | 'suspect' | 'hostile' | 'other';
export type SidcStatus = 'present' | 'planned' | 'fully-capable' | 'damaged' | 'destroyed' | 'full-to-capacity' | 'other';

/** A parsed 20-digit SIDC. */
export interface Sidc {
  /** The code as given (digits only). */
  code: string;
  /** Digits 1-2: `10` 2525D / APP-6D, `11` 2525D change 1, `13` 2525E, `14` APP-6E. */
  version: string;
  context: SidcContext;
  standardIdentity: StandardIdentity;
  /** The frame's affiliation: assumed friend draws as friend, suspect as hostile, pending as unknown. */
  affiliation: Affiliation;
  /** Digits 5-6, e.g. `10` land unit, `01` air, `30` sea surface, `35` subsurface, `20` land installation. */
  symbolSet: string;
  status: SidcStatus;
  headquarters: boolean;
  taskForce: boolean;
  dummy: boolean;
  /** Digits 9-10 as written. */
  amplifier: string;
  /** The echelon when the symbol set has echelons (land units, land civilian units) and the amplifier names one. */
  echelon?: Echelon;
  /** Digits 11-16: entity, entity type, entity subtype. */
  entity: string;
  /** Digits 17-18 and 19-20. */
  modifier1: string;
  modifier2: string;
}

const CONTEXTS: Record<string, SidcContext> = { '0': 'reality', '1': 'exercise', '2': 'simulation' };

const IDENTITIES: Record<string, [StandardIdentity, Affiliation]> = {
  '0': ['pending', 'unknown'],
  '1': ['unknown', 'unknown'],
  '2': ['assumed-friend', 'friend'],
  '3': ['friend', 'friend'],
  '4': ['neutral', 'neutral'],
  '5': ['suspect', 'hostile'],
  '6': ['hostile', 'hostile'],
};

const STATUSES: Record<string, SidcStatus> = {
  '0': 'present',
  '1': 'planned',
  '2': 'fully-capable',
  '3': 'damaged',
  '4': 'destroyed',
  '5': 'full-to-capacity',
};

/** Amplifier digits 9-10 of land units: echelons. 2525D and APP-6D share these values. */
export const SIDC_ECHELONS: Readonly<Record<string, Echelon>> = {
  '11': 'team',
  '12': 'squad',
  '13': 'section',
  '14': 'platoon',
  '15': 'company',
  '16': 'battalion',
  '17': 'regiment',
  '18': 'brigade',
  '21': 'division',
  '22': 'corps',
  '23': 'army',
  '24': 'army-group',
  '25': 'region',
  '26': 'command',
};

/** Symbol sets whose amplifier is an echelon: land unit and land civilian unit/organisation. */
const ECHELON_SETS = new Set(['10', '11']);

/**
 * Land-unit entities (digits 11-16 of symbol set 10) that name one of the schema's arms, and whose
 * icon the built-in symbols draw as 2525D / APP-6D do (`test/symbols/sidc-milsymbol.test.ts`
 * checks each against milsymbol). Every other entity is drawn by milsymbol.
 */
export const BUILTIN_LAND_ENTITIES: Readonly<Record<string, Arm>> = {
  '111000': 'signals',
  '120500': 'armour',
  '120800': 'air',
  '121100': 'infantry',
  '121104': 'motorized-infantry',
  '121300': 'cavalry',
  '130300': 'artillery',
  '140700': 'engineers',
  '161300': 'medical',
};

/** The reverse mapping, for writing a SIDC from an arm (the first entity listed for it). */
export const ARM_ENTITIES: Readonly<Partial<Record<string, string>>> = /* @__PURE__ */ Object.fromEntries(
  Object.entries(BUILTIN_LAND_ENTITIES).map(([entity, arm]) => [arm, entity]),
);

const SIDC_PATTERN = /^\d{20}$/;

/** Whether `code` has the shape of a 20-digit SIDC (spaces and dashes between digit groups allowed). */
export function isSidc(code: string): boolean {
  return SIDC_PATTERN.test(normalizeSidc(code));
}

/** The digits of a SIDC without the spaces or dashes people write between groups. */
export function normalizeSidc(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/** Parses a 20-digit SIDC; `undefined` for anything else (letter-based 15-character codes included). */
export function parseSidc(input: string): Sidc | undefined {
  const code = normalizeSidc(input);
  if (!SIDC_PATTERN.test(code)) return undefined;
  const [standardIdentity, affiliation] = IDENTITIES[code[3]!] ?? ['other', 'unknown'];
  const hq = Number(code[7]);
  const symbolSet = code.slice(4, 6);
  const amplifier = code.slice(8, 10);
  const echelon = ECHELON_SETS.has(symbolSet) ? SIDC_ECHELONS[amplifier] : undefined;
  return {
    code,
    version: code.slice(0, 2),
    context: CONTEXTS[code[2]!] ?? 'other',
    standardIdentity,
    affiliation,
    symbolSet,
    status: STATUSES[code[6]!] ?? 'other',
    // Digit 8: 1 dummy, 2 HQ, 3 dummy HQ, 4 TF, 5 dummy TF, 6 TF HQ, 7 dummy TF HQ.
    headquarters: hq <= 7 && (hq & 2) !== 0,
    taskForce: hq <= 7 && (hq & 4) !== 0,
    dummy: hq <= 7 && (hq & 1) !== 0,
    amplifier,
    ...(echelon === undefined ? {} : { echelon }),
    entity: code.slice(10, 16),
    modifier1: code.slice(16, 18),
    modifier2: code.slice(18, 20),
  };
}

/**
 * The schema arm a SIDC names, for converters: the land-unit entities of
 * {@link BUILTIN_LAND_ENTITIES}, `headquarters` for a land HQ without icon, `air` for the air set.
 */
export function sidcArm(sidc: Sidc): Arm | undefined {
  if (sidc.symbolSet === '01') return 'air';
  if (sidc.symbolSet !== '10') return undefined;
  if (sidc.entity === '000000') return sidc.headquarters ? 'headquarters' : undefined;
  return BUILTIN_LAND_ENTITIES[sidc.entity];
}
