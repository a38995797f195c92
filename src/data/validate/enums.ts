/**
 * The closed value lists of the schema, checked against the types at compile time: each list
 * must name every member of its type and nothing else.
 */
import type {
  Affiliation,
  BoardField,
  BoardShape,
  DatasetNote,
  Emblem,
  KnownArm,
  KnownChangeType,
  KnownEchelon,
  KnownEventType,
  KnownMeasure,
  KnownQualifier,
  KnownRoleType,
  LocalizedName,
  NatoRankCode,
  RankCategory,
  ShoulderBoardDescriptor,
  StarArrangement,
} from '../types.js';

type Complete<T extends string, A extends readonly string[]> = [Exclude<T, A[number]>] extends [never]
  ? unknown
  : { missing: Exclude<T, A[number]> };

/** Returns the list unchanged; fails to compile when `values` does not name every member of `T`. */
function every<T extends string>() {
  return <const A extends readonly T[]>(values: A & Complete<T, A>): readonly T[] => values;
}

type Stars = NonNullable<ShoulderBoardDescriptor['stars']>;
type CrossStripes = NonNullable<ShoulderBoardDescriptor['crossStripes']>;

export const AFFILIATIONS = every<Affiliation>()(['friend', 'hostile', 'neutral', 'unknown']);
export const ECHELONS = every<KnownEchelon>()([
  'team',
  'squad',
  'section',
  'platoon',
  'company',
  'battalion',
  'regiment',
  'brigade',
  'division',
  'corps',
  'army',
  'army-group',
  'region',
  'command',
  'unknown',
]);
export const ARMS = every<KnownArm>()([
  'headquarters',
  'infantry',
  'motorized-infantry',
  'cavalry',
  'artillery',
  'armour',
  'air',
  'engineers',
  'signals',
  'logistics',
  'medical',
  'reserve',
  'irregular',
  'combined-arms',
  'unknown',
]);
export const CHANGE_TYPES = every<KnownChangeType>()([
  'redesignated',
  'upgraded',
  'downgraded',
  'reassigned',
  'defected',
  'incorporated',
  'reorganized',
  'disbanded',
]);
export const ROLE_TYPES = every<KnownRoleType>()([
  'commander-in-chief',
  'deputy-commander-in-chief',
  'commander',
  'deputy-commander',
  'chief-of-staff',
  'political-commissar',
  'head-of-state',
  'leader',
  'envoy',
  'member',
]);
export const MEASURES = every<KnownMeasure>()([
  'personnel',
  'irregular-reserves',
  'artillery',
  'tanks',
  'armoured-vehicles',
  'aircraft',
  'trucks',
  'horses',
  'generals',
]);
export const QUALIFIERS = every<KnownQualifier>()([
  'strength',
  'enlisted',
  'captured',
  'surrendered',
  'sent',
  'survived',
  'reduced-to',
  'serviced',
  'repaired',
  'damaged',
  'estimated',
]);
export const EVENT_TYPES = every<KnownEventType>()([
  'formation',
  'battle',
  'capture',
  'agreement',
  'negotiation',
  'order',
  'defection',
  'reorganization',
  'incorporation',
  'deployment',
  'withdrawal',
  'other',
]);
export const NATO_CODES = every<NatoRankCode>()([
  'OF-10',
  'OF-9',
  'OF-8',
  'OF-7',
  'OF-6',
  'OF-5',
  'OF-4',
  'OF-3',
  'OF-2',
  'OF-1',
  'OF(D)',
  'OR-9',
  'OR-8',
  'OR-7',
  'OR-6',
  'OR-5',
  'OR-4',
  'OR-3',
  'OR-2',
  'OR-1',
]);
export const RANK_CATEGORIES = every<RankCategory>()(['officers', 'enlisted']);
export const NAME_DIRS = every<NonNullable<LocalizedName['dir']>>()(['ltr', 'rtl', 'auto']);
export const NAME_KINDS = every<NonNullable<LocalizedName['kind']>>()(['name', 'alias', 'abbreviation', 'translation']);
export const NOTE_TOPICS = every<DatasetNote['topic']>()(['contradiction', 'ambiguity', 'interpretation', 'omission']);
export const BOARD_SHAPES = every<BoardShape>()(['pointed', 'rounded', 'square']);
export const BOARD_FIELDS = every<BoardField>()(['plain', 'zigzag', 'galloon']);
export const STAR_ARRANGEMENTS = every<StarArrangement>()(['soviet', 'line', 'column']);
export const EMBLEMS = every<Emblem>()(['none', 'button', 'star', 'wreath']);
export const BASES = every<ShoulderBoardDescriptor['basis']>()(['described', 'reconstruction']);
export const STAR_SIZES = every<Stars['size']>()(['small', 'large']);
export const STRIPE_WIDTHS = every<CrossStripes['width']>()(['narrow', 'wide']);
export const INSIGNIA_KINDS = every<ShoulderBoardDescriptor['kind']>()(['shoulder-board']);

/** Most stars, lengthwise stripes and cross-stripes a shoulder board may carry. */
export const MAX_STARS = 5;
export const MAX_STRIPES = 3;
export const MAX_CROSS_STRIPES = 5;
