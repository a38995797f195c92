/**
 * The oob-charts dataset schema: an order of battle (OOB) of any army, as users write it in JSON.
 *
 * Design rules:
 * - Every fact can carry `citations` (one or more sources), `citationNeeded` and a free `note`.
 * - Dates are strings in a small subset of EDTF (ISO 8601-2), the format libraries and archives use
 *   for uncertain historical dates: `1945`, `1945-09`, `1945-09-15`, an approximate `1946~`, and
 *   intervals `1946/1947`. See {@link DateString}.
 * - Ids are free strings, unique per collection; references between collections are by id.
 * - Enumerations are closed (so typos are caught) but extensible: every value starting with `x-`
 *   is accepted as a user-defined value (e.g. `arm: "x-engineers-bridging"`).
 *
 * These are the *input* types. `parseOrderOfBattle` returns them inside a {@link Dataset}, which
 * adds indexes and parsed dates.
 */

/** The schema version this library reads and writes. */
export const SCHEMA_VERSION = '1.0' as const;
export type SchemaVersion = typeof SCHEMA_VERSION;

/** A user-defined enumeration value. */
export type CustomValue = `x-${string}`;

/**
 * A historical date in an EDTF subset: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally followed by
 * `~` (approximate, "c. 1946"), `?` (uncertain) or `%` (both), or an interval `start/end` of two
 * such dates.
 */
export type DateString = string;

/** Precision of a date, derived from how it is written. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A reference to a source, optionally pinned to a place in it. */
export interface Citation {
  /** Id of an entry in {@link OrderOfBattle.sources}. */
  source: string;
  /** Page, section or location inside the source. */
  locator?: string;
  /** The exact words of the source that support the fact. */
  quote?: string;
}

/** Fields shared by every fact in the dataset. */
export interface Attested {
  citations?: Citation[];
  /** The source itself marks this claim "citation needed", or it has no support yet. */
  citationNeeded?: boolean;
  /** Free-text remark: interpretation, doubt, contradiction. */
  note?: string;
}

/** A name in one language and script. */
export interface LocalizedName {
  text: string;
  /** BCP 47 language tag, e.g. `en`, `ug-Arab`, `zh-Hans`, `ru`. */
  lang: string;
  /** Text direction; `auto` when unknown. Defaults to the script's usual direction. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** `name` (an official or usual name), `alias` (another spelling or designation), `abbreviation`, `translation`. */
  kind?: 'name' | 'alias' | 'abbreviation' | 'translation';
}

export interface Source {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  /** Date of publication, as the source gives it. */
  published?: DateString;
  url?: string;
  /** Date the URL was accessed or retrieved. */
  accessed?: DateString;
  /** The reference number or label this source has in the work the dataset was built from, e.g. `1` for "[1]". */
  ref?: string;
  /** Language of the source (BCP 47). */
  lang?: string;
  note?: string;
}

export type Affiliation = 'friend' | 'hostile' | 'neutral' | 'unknown';

/** A party to the conflict: the army itself, its opponents, allies, later owners of its units. */
export interface Side extends Attested {
  id: string;
  name: string;
  names?: LocalizedName[];
  /** Affiliation from the dataset's point of view; drives symbol frames (APP-6 / MIL-STD-2525). */
  affiliation: Affiliation;
}

export type KnownEchelon =
  | 'team'
  | 'squad'
  | 'section'
  | 'platoon'
  | 'company'
  | 'battalion'
  | 'regiment'
  | 'brigade'
  | 'division'
  | 'corps'
  | 'army'
  | 'army-group'
  | 'region'
  | 'command'
  | 'unknown';
export type Echelon = KnownEchelon | CustomValue;

export type KnownArm =
  | 'headquarters'
  | 'infantry'
  | 'motorized-infantry'
  | 'cavalry'
  | 'artillery'
  | 'armour'
  | 'air'
  | 'engineers'
  | 'signals'
  | 'logistics'
  | 'medical'
  | 'reserve'
  | 'irregular'
  | 'combined-arms'
  | 'unknown';
export type Arm = KnownArm | CustomValue;

/** The fields of a unit that a change can alter. `parent: null` makes the unit a root. */
export interface UnitState {
  name?: string;
  echelon?: Echelon;
  arm?: Arm;
  parent?: string | null;
  side?: string;
}

export type KnownChangeType =
  'redesignated' | 'upgraded' | 'downgraded' | 'reassigned' | 'defected' | 'incorporated' | 'reorganized' | 'disbanded';
export type ChangeType = KnownChangeType | CustomValue;

/** Something that happened to a unit on a date. Changes of one unit must be in date order. */
export interface UnitChange extends Attested {
  date: DateString;
  type: ChangeType;
  /** The unit's state from this date on (only the fields that changed). */
  to?: UnitState;
  description?: string;
}

export interface Unit extends Attested {
  id: string;
  /** The commanding unit, or `null`/absent for the top of a side's hierarchy. */
  parent?: string | null;
  /** Default (display) name. */
  name: string;
  names?: LocalizedName[];
  echelon: Echelon;
  arm?: Arm;
  /** Side id; inherited from the parent when absent. */
  side?: string;
  /** Symbol identification code (MIL-STD-2525 / APP-6), for users who have one. */
  sidc?: string;
  /** Ethnicity, region or way of recruitment, as the sources give it. */
  recruitment?: string;
  formed?: DateString;
  dissolved?: DateString;
  changes?: UnitChange[];
  /** Position among siblings when drawn; lower first. Defaults to dataset order. */
  order?: number;
}

export interface Person extends Attested {
  id: string;
  name: string;
  names?: LocalizedName[];
  born?: DateString;
  died?: DateString;
}

export type KnownRoleType =
  | 'commander-in-chief'
  | 'deputy-commander-in-chief'
  | 'commander'
  | 'deputy-commander'
  | 'chief-of-staff'
  | 'political-commissar'
  | 'head-of-state'
  | 'leader'
  | 'envoy'
  | 'member';
export type RoleType = KnownRoleType | CustomValue;

/** A person in a position, in a unit (or on a side), with a rank, for a span of time. */
export interface Role extends Attested {
  id: string;
  person: string;
  type: RoleType;
  /** The title as the source words it, e.g. "Marshal-in-chief". */
  title?: string;
  unit?: string;
  side?: string;
  /** Rank id from {@link RankSystem.ranks}. */
  rank?: string;
  from?: DateString;
  to?: DateString;
}

export type KnownMeasure =
  'personnel' | 'irregular-reserves' | 'artillery' | 'tanks' | 'armoured-vehicles' | 'aircraft' | 'trucks' | 'horses' | 'generals';
export type Measure = KnownMeasure | CustomValue;

export type KnownQualifier =
  | 'strength'
  | 'enlisted'
  | 'captured'
  | 'surrendered'
  | 'sent'
  | 'survived'
  | 'reduced-to'
  | 'serviced'
  | 'repaired'
  | 'damaged'
  | 'estimated';
export type Qualifier = KnownQualifier | CustomValue;

/**
 * A value as the source states it: an exact number, a range, or an approximate claim whose
 * interpretation as a range is stated by the dataset author (e.g. "a few hundred" -> 200..900).
 */
export type StrengthValue =
  | number
  | { min: number; max: number }
  | { approximate: string; min: number; max: number; interpretation: string }
  | { approximate: string; value: number; interpretation: string };

export interface StrengthObservation extends Attested {
  id: string;
  measure: Measure;
  /** A unit id or a side id. */
  subject: string;
  /** Words for a subject that is not a unit of the dataset, e.g. "two Kuomintang divisions". */
  subjectLabel?: string;
  /** Side id; defaults to the subject unit's side or to the subject when it is a side. */
  side?: string;
  date: DateString;
  value: StrengthValue;
  qualifier?: Qualifier;
  /** Id of an observation this one contradicts; both are shown, flagged as disputed. */
  disputes?: string[];
}

export type KnownEventType =
  | 'formation'
  | 'battle'
  | 'capture'
  | 'agreement'
  | 'negotiation'
  | 'order'
  | 'defection'
  | 'reorganization'
  | 'incorporation'
  | 'deployment'
  | 'withdrawal'
  | 'other';
export type EventType = KnownEventType | CustomValue;

export interface HistoricalEvent extends Attested {
  id: string;
  type: EventType;
  date: DateString;
  title: string;
  description?: string;
  place?: string;
  units?: string[];
  sides?: string[];
  people?: string[];
}

/** NATO STANAG 2116 rank codes, so ranks of different armies can be compared. */
export type NatoRankCode =
  | 'OF-10'
  | 'OF-9'
  | 'OF-8'
  | 'OF-7'
  | 'OF-6'
  | 'OF-5'
  | 'OF-4'
  | 'OF-3'
  | 'OF-2'
  | 'OF-1'
  | 'OF(D)'
  | 'OR-9'
  | 'OR-8'
  | 'OR-7'
  | 'OR-6'
  | 'OR-5'
  | 'OR-4'
  | 'OR-3'
  | 'OR-2'
  | 'OR-1';

export type RankCategory = 'officers' | 'enlisted';

export interface RankGroup extends Attested {
  id: string;
  name: string;
  names?: LocalizedName[];
  category: RankCategory;
}

export type BoardShape = 'pointed' | 'rounded' | 'square';
export type BoardField = 'plain' | 'zigzag' | 'galloon';
export type StarArrangement = 'soviet' | 'line' | 'column';
export type Emblem = 'none' | 'button' | 'star' | 'wreath';

/**
 * A shoulder board described as data; `src/insignia` turns it into SVG geometry.
 * Colours are CSS colours; absent colours fall back to theme tokens.
 */
export interface ShoulderBoardDescriptor {
  kind: 'shoulder-board';
  /** `described`: the sources document this insignia. `reconstruction`: drawn after a pattern the sources only allude to. */
  basis: 'described' | 'reconstruction';
  /** What the drawing follows, in words, e.g. "Soviet 1943 pattern, Colonel General". */
  follows?: string;
  citations?: Citation[];
  note?: string;
  shape: BoardShape;
  base?: string;
  piping?: string;
  field: BoardField;
  /** Officers' lengthwise stripes (Soviet "prosvety"): 0 to 3. */
  stripes?: { count: number; color?: string };
  /** NCOs' cross-stripes ("lychki"). */
  crossStripes?: { count: number; width: 'narrow' | 'wide'; color?: string; lengthwise?: boolean };
  stars?: { count: number; size: 'small' | 'large'; color?: string; arrangement?: StarArrangement };
  emblem?: Emblem;
}

export type InsigniaDescriptor = ShoulderBoardDescriptor;

export interface Rank extends Attested {
  id: string;
  group: string;
  /** English (or default) name. */
  name: string;
  names?: LocalizedName[];
  nato?: NatoRankCode;
  insignia?: InsigniaDescriptor;
  /** The source shows an empty cell here (a rank level with no name). */
  placeholder?: boolean;
}

/** Groups and ranks, each list ordered from most to least senior. */
export interface RankSystem extends Attested {
  id: string;
  name: string;
  side?: string;
  groups: RankGroup[];
  ranks: Rank[];
}

/** A remark on the dataset as a whole, e.g. a contradiction in the sources and how it was modelled. */
export interface DatasetNote extends Attested {
  id: string;
  topic: 'contradiction' | 'ambiguity' | 'interpretation' | 'omission';
  title: string;
  text: string;
  /** JSON pointers to the facts it concerns, e.g. `/units/3`. */
  about?: string[];
}

export interface Meta {
  title: string;
  description?: string;
  /** BCP 47 tag of the default names. */
  defaultLang: string;
  licence?: string;
  /** Span the dataset covers, e.g. `1945-04-08/1949-12-22`. */
  dateRange?: DateString;
  /** Side id the dataset is written from (symbol frames are friendly for it). */
  perspective?: string;
}

export interface OrderOfBattle {
  schemaVersion: SchemaVersion;
  meta: Meta;
  sources: Source[];
  sides: Side[];
  units: Unit[];
  people?: Person[];
  roles?: Role[];
  strength?: StrengthObservation[];
  events?: HistoricalEvent[];
  rankSystems?: RankSystem[];
  notes?: DatasetNote[];
}

/* ---------- parse results ---------- */

export type ProblemCode =
  | 'invalid-json'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-value'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'cycle'
  | 'multiple-roots'
  | 'no-root'
  | 'range-inverted'
  | 'negative-number'
  | 'non-finite-number'
  | 'invalid-date'
  | 'date-order'
  | 'unsupported-version'
  | 'too-large'
  | 'fetch-failed'
  | 'fetch-timeout';

/** One thing wrong with an input. `path` is a JSON pointer (RFC 6901) into the input, e.g. `/units/12/parent`. */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
}

/** A date string, parsed. Times are UTC milliseconds. */
export interface ParsedDate {
  text: DateString;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  /** First instant the date can mean. */
  start: number;
  /** Last instant the date can mean (end of the day, month, year or interval). */
  end: number;
  /** Whether the text was an interval `a/b`. */
  interval: boolean;
}

/** A validated dataset with indexes. Treat as immutable. */
export interface Dataset {
  readonly source: OrderOfBattle;
  readonly unitsById: ReadonlyMap<string, Unit>;
  readonly childrenById: ReadonlyMap<string | null, readonly Unit[]>;
  readonly sidesById: ReadonlyMap<string, Side>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly ranksById: ReadonlyMap<string, Rank>;
  readonly eventsById: ReadonlyMap<string, HistoricalEvent>;
  readonly observationsById: ReadonlyMap<string, StrengthObservation>;
  /** Parsed form of every date string in the dataset, keyed by its text. */
  readonly dates: ReadonlyMap<string, ParsedDate>;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };
