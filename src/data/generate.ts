/**
 * A seeded synthetic order of battle, for tests, benchmarks and demos: one army broken down
 * army > corps > division > brigade/regiment > battalion > company to exactly `units` units, with
 * dates, changes, commanders with ranks, strength observations and a small rank system.
 */
import type {
  Arm,
  Echelon,
  HistoricalEvent,
  OrderOfBattle,
  Person,
  Rank,
  RankSystem,
  Role,
  StrengthObservation,
  StrengthValue,
  Unit,
  UnitChange,
} from './types.js';

export interface GenerateOptions {
  /** Exact number of units (0 or more). */
  units: number;
  /** PRNG seed; the same seed gives the same dataset. Default 1. */
  seed?: number;
  /** Number of strength observations. Default: half the number of units, at least 4. */
  observations?: number;
  /**
   * `balanced` (default): every parent has about the same number of subordinates. `unbalanced`: a
   * ragged tree, as real orders of battle are: each parent has 1 to 12 subordinates at random and
   * each branch stops at its own depth, so the tree is 2 to 6 levels deep.
   */
  shape?: 'balanced' | 'unbalanced';
}

/** mulberry32: a tiny, fast 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `1st`, `2nd`, `3rd`, `11th`, `21st`… */
export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

const DAY = 86_400_000;
const START = Date.UTC(1940, 0, 1);
/** Days the dataset spans (six years from 1940-01-01). */
const DAYS = 6 * 365;
const iso = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);

/** Echelon per level; level 3 is a regiment or, sometimes, a brigade. */
const LEVELS: Echelon[] = ['army', 'corps', 'division', 'regiment', 'battalion', 'company'];
/** Typical personnel strength per level, [min, max]. */
const SIZES: [number, number][] = [
  [90_000, 250_000],
  [25_000, 60_000],
  [8_000, 15_000],
  [1_500, 3_500],
  [400, 900],
  [80, 200],
];
const ARM_WORDS: Partial<Record<Arm, string>> = {
  infantry: 'Rifle',
  'motorized-infantry': 'Motor Rifle',
  cavalry: 'Cavalry',
  artillery: 'Artillery',
  armour: 'Tank',
  engineers: 'Engineer',
  signals: 'Signal',
};
const DIVISION_ARMS: Arm[] = ['infantry', 'infantry', 'infantry', 'infantry', 'armour', 'cavalry', 'motorized-infantry', 'artillery'];
const SUPPORT_ARMS: Arm[] = ['artillery', 'engineers', 'signals'];
const GIVEN = ['Anton', 'Boris', 'Carl', 'Dmitri', 'Emil', 'Felix', 'Georg', 'Henrik', 'Ivo', 'Jakob', 'Karl', 'Leon', 'Milan', 'Oskar'];
const FAMILY = ['Berg', 'Novak', 'Lind', 'Horvat', 'Keller', 'Marek', 'Olsen', 'Petrov', 'Rusu', 'Sova', 'Varga', 'Weber', 'Zima'];
/** Commanders' rank by level. */
const COMMANDER_RANK = ['general', 'colonel-general', 'major-general', 'colonel', 'major', 'captain'];
const SOURCES = ['s1', 's2', 's3'];

interface Node {
  unit: Unit;
  level: number;
  /** Day formed, then the day of its latest change. */
  day: number;
  children: number;
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Builds the tree level by level until `count` is reached. Balanced: each parent gets `branching`
 * or one more children. Unbalanced: each parent gets 1 to 12, and each branch has its own last
 * level, drawn between its parent's level and its parent's last level.
 */
function buildUnits(count: number, r: Random, unbalanced: boolean): Node[][] {
  let branching = 2;
  while ([0, 1, 2, 3, 4, 5].reduce((sum, k) => sum + branching ** k, 0) < count) branching += 1;
  /** Last level of each unbalanced branch, by unit id. */
  const lastLevel = new Map<string, number>();
  const levels: Node[][] = LEVELS.map(() => []);
  const numbers = new Map<string, number>();
  let made = 0;
  const next = (key: string) => {
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    return n;
  };
  const add = (parent: Node | undefined, level: number): void => {
    const echelon: Echelon = level === 3 && r.chance(0.25) ? 'brigade' : (LEVELS[level] as Echelon);
    const parentArm = parent?.unit.arm ?? 'combined-arms';
    let arm: Arm = parentArm === 'combined-arms' ? 'infantry' : parentArm;
    if (level === 0) arm = 'combined-arms';
    else if (level === 1) arm = r.chance(0.2) ? 'armour' : 'combined-arms';
    else if (level === 2) arm = r.pick(DIVISION_ARMS);
    else if (level === 3 && r.chance(0.2)) arm = r.pick(SUPPORT_ARMS);
    const nth = parent ? parent.children + 1 : 1;
    if (parent) parent.children = nth;
    const word = ARM_WORDS[arm];
    const kind = `${echelon.charAt(0).toUpperCase()}${echelon.slice(1)}`;
    let name: string;
    if (level === 0) name = `${ordinal(next('army'))} Army`;
    else if (level === 1) name = `${roman(next('corps'))} ${arm === 'armour' ? 'Tank ' : ''}Corps`;
    else if (level <= 3) name = [ordinal(next(`${echelon} ${word ?? ''}`)), word, kind].filter(Boolean).join(' ');
    else name = [ordinal(nth), level === 4 ? word : undefined, kind].filter(Boolean).join(' ');
    const day = parent ? Math.min(DAYS - 500, parent.day + r.int(0, 120)) : 0;
    const formed = level === 0 ? '1940' : r.chance(0.3) ? iso(day).slice(0, 7) : iso(day);
    made += 1;
    const unit: Unit = { id: `u${made}`, name, echelon, arm, formed };
    if (parent) unit.parent = parent.unit.id;
    else unit.side = 'blue';
    levels[level]?.push({ unit, level, day, children: 0 });
    if (unbalanced) {
      const parentLast = parent ? (lastLevel.get(parent.unit.id) ?? level) : r.int(1, LEVELS.length - 1);
      lastLevel.set(unit.id, parent ? r.int(Math.min(level + 1, parentLast), parentLast) : parentLast);
    }
  };
  if (count > 0) add(undefined, 0);
  for (let level = 1; level < LEVELS.length && made < count; level += 1) {
    for (const parent of levels[level - 1] ?? []) {
      if (unbalanced && (lastLevel.get(parent.unit.id) ?? 0) < level) continue;
      const want = unbalanced ? r.int(1, 12) : branching + r.int(0, 1);
      for (let k = 0; k < want && made < count; k += 1) add(parent, level);
    }
  }
  // Branches that all stopped early leave units to place: they go under random non-leaf levels.
  while (made < count) {
    const level = r.int(1, LEVELS.length - 1);
    const parents = levels[level - 1] ?? [];
    if (parents.length > 0) add(r.pick(parents), level);
  }
  return levels;
}

/** Adds one or two dated changes to some units: reassignments, upgrades, redesignations. Returns reassignment targets. */
function addChanges(levels: Node[][], r: Random): Set<string> {
  const targets = new Set<string>();
  for (const node of levels.flat()) {
    if (node.level === 0 || !r.chance(0.14)) continue;
    const changes: UnitChange[] = [];
    const peers = levels[node.level - 1] ?? [];
    let { parent, echelon, name } = node.unit;
    const count = r.chance(0.3) ? 2 : 1;
    for (let k = 0; k < count; k += 1) {
      node.day = Math.min(DAYS - 200, node.day + r.int(30, 400));
      const candidate = r.pick(peers);
      const change: UnitChange = { date: iso(node.day), type: 'redesignated' };
      if (candidate.unit.id !== parent && candidate.day <= node.day && r.chance(0.5)) {
        change.type = 'reassigned';
        parent = candidate.unit.id;
        targets.add(parent);
        change.to = { parent };
      } else if (echelon === 'regiment' || echelon === 'brigade') {
        const up: Echelon = echelon === 'regiment' ? 'brigade' : 'division';
        name = name.replace(echelon === 'regiment' ? 'Regiment' : 'Brigade', up === 'brigade' ? 'Brigade' : 'Division');
        echelon = up;
        change.type = 'upgraded';
        change.to = { echelon, name };
      } else if (!name.includes('Guards')) {
        name = name.replace(/^(\S+) /, '$1 Guards ');
        change.to = { name };
      } else {
        change.type = 'reorganized';
      }
      if (r.chance(0.5)) change.citations = [{ source: r.pick(SOURCES) }];
      changes.push(change);
    }
    node.unit.changes = changes;
  }
  return targets;
}

/** A commander for every unit down to brigade/regiment; some hand over part-way. */
function commanders(levels: Node[][], r: Random): { people: Person[]; roles: Role[] } {
  const people: Person[] = [];
  const roles: Role[] = [];
  const person = (): string => {
    const p: Person = { id: `p${people.length + 1}`, name: `${r.pick(GIVEN)} ${r.pick(FAMILY)}`, born: String(r.int(1885, 1905)) };
    if (r.chance(0.2)) p.died = String(r.int(1946, 1980));
    people.push(p);
    return p.id;
  };
  const role = (unit: Unit, type: Role['type'], from: number, to?: number, rank?: string): void => {
    const item: Role = { id: `r${roles.length + 1}`, person: person(), type, unit: unit.id, from: iso(from) };
    if (rank !== undefined) item.rank = rank;
    if (to !== undefined) item.to = iso(to);
    roles.push(item);
  };
  for (const node of levels.slice(0, 4).flat()) {
    const rank = COMMANDER_RANK[node.level];
    if (r.chance(0.2)) {
      const handover = Math.min(DAYS - 1, node.day + r.int(100, 600));
      role(node.unit, 'commander', node.day, handover, rank);
      role(node.unit, 'commander', handover, undefined, rank);
    } else role(node.unit, 'commander', node.day, undefined, rank);
  }
  const army = levels[0]?.[0];
  if (army) role(army.unit, 'political-commissar', 0);
  return { people, roles };
}

/** Observations of units and sides: exact figures, ranges and approximate figures; some dispute others. */
function observations(nodes: Node[], total: number, r: Random): StrengthObservation[] {
  const out: StrengthObservation[] = [];
  const lastBySubject = new Map<string, string>();
  for (let i = 0; i < total; i += 1) {
    const node = nodes.length > 0 && r.chance(0.85) ? r.pick(nodes) : undefined;
    const [lo, hi] = SIZES[node?.level ?? 0] as [number, number];
    const arm = node?.unit.arm;
    const measure = arm === 'armour' && r.chance(0.5) ? 'tanks' : arm === 'artillery' && r.chance(0.5) ? 'artillery' : 'personnel';
    const a = Math.round(r.int(lo, hi) * (measure === 'personnel' ? 1 : 0.02));
    const b = Math.round(a * (1 + r.next() * 0.4));
    const roll = r.next();
    let value: StrengthValue = a;
    if (roll > 0.93) value = { approximate: `about ${a}`, value: a, interpretation: 'the stated round figure' };
    else if (roll > 0.85) value = { approximate: 'several thousand', min: a, max: b, interpretation: '"several" read as this range' };
    else if (roll > 0.65) value = { min: a, max: b };
    const subject = node ? node.unit.id : r.chance(0.7) ? 'blue' : 'red';
    const o: StrengthObservation = { id: `o${i + 1}`, measure, subject, date: iso(r.int(node?.day ?? 0, DAYS - 1)), value };
    if (r.chance(0.7)) o.citations = [{ source: r.pick(SOURCES), locator: `p. ${r.int(1, 400)}` }];
    else if (r.chance(0.3)) o.citationNeeded = true;
    if (r.chance(0.3)) o.qualifier = r.chance(0.8) ? 'strength' : 'estimated';
    const earlier = lastBySubject.get(subject);
    if (earlier !== undefined && r.chance(0.2)) o.disputes = [earlier];
    lastBySubject.set(subject, o.id);
    out.push(o);
  }
  return out;
}

function events(levels: Node[][], r: Random): HistoricalEvent[] {
  const army = levels[0]?.[0];
  if (!army) return [];
  const out: HistoricalEvent[] = [
    { id: 'e1', type: 'formation', date: '1940', title: `${army.unit.name} is formed`, units: [army.unit.id], sides: ['blue'] },
  ];
  const divisions = levels[2] ?? [];
  for (let i = 0; i < Math.min(12, Math.floor(divisions.length / 2)); i += 1) {
    const units = [...new Set([r.pick(divisions), r.pick(divisions)].map((d) => d.unit.id))];
    const date = iso(r.int(200, DAYS - 1));
    const place = `Sector ${roman(i + 1)}`;
    out.push({ id: `e${i + 2}`, type: 'battle', date, title: `Battle ${i + 1}`, place, units, sides: ['blue', 'red'] });
  }
  return out;
}

/** Generates a valid order of battle of exactly `options.units` units; the same seed gives the same data. */
export function generateOrderOfBattle(options: GenerateOptions): OrderOfBattle {
  const count = options.units;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`units must be a whole number >= 0, not ${count}`);
  const seed = options.seed ?? 1;
  const r = new Random(seed);
  const levels = buildUnits(count, r, options.shape === 'unbalanced');
  const targets = addChanges(levels, r);
  const nodes = levels.flat();
  for (const node of nodes) {
    if (node.level > 0 && node.children === 0 && !targets.has(node.unit.id) && r.chance(0.05)) {
      node.unit.dissolved = iso(Math.min(DAYS - 1, node.day + r.int(30, 300)));
    }
  }
  const { people, roles } = commanders(levels, r);
  const strength = observations(nodes, options.observations ?? Math.max(4, Math.ceil(count / 2)), r);
  return {
    schemaVersion: '1.0',
    meta: {
      title: `Synthetic order of battle (${count} units, seed ${seed}${options.shape === 'unbalanced' ? ', unbalanced' : ''})`,
      description: 'Generated by generateOrderOfBattle for tests and benchmarks. Every name, date and figure is invented.',
      defaultLang: 'en',
      licence: 'CC0-1.0',
      dateRange: `${iso(0)}/${iso(DAYS - 1)}`,
      perspective: 'blue',
    },
    sources: [1, 2, 3].map((n) => ({
      id: `s${n}`,
      title: `Synthetic source ${n}`,
      author: 'Generated',
      published: String(1950 + n * 10),
      ref: String(n),
    })),
    sides: [
      { id: 'blue', name: 'Blue Force', affiliation: 'friend' },
      { id: 'red', name: 'Red Force', affiliation: 'hostile' },
    ],
    units: nodes.map((n) => n.unit),
    people,
    roles,
    strength,
    events: events(levels, r),
    rankSystems: [rankSystem()],
    notes: [
      {
        id: 'n1',
        topic: 'interpretation',
        title: 'Synthetic data',
        text: 'This dataset is generated; it describes no real army.',
        about: ['/meta'],
      },
    ],
  };
}

const BOARD = { kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', emblem: 'button' } as const;

function rankSystem(): RankSystem {
  type Size = 'small' | 'large';
  const officer = (id: string, group: string, name: string, nato: Rank['nato'], stars: number, stripes: number, size: Size): Rank => {
    const field = stripes === 0 ? 'zigzag' : 'galloon';
    const insignia: Rank['insignia'] = { ...BOARD, field, base: '#c9a227', stars: { count: stars, size, arrangement: 'soviet' } };
    if (stripes > 0) insignia.stripes = { count: stripes };
    return { id, group, name, ...(nato ? { nato } : {}), insignia };
  };
  const enlisted = (id: string, name: string, nato: Rank['nato'], stripes: number): Rank => {
    const insignia: Rank['insignia'] = { ...BOARD, field: 'plain' };
    if (stripes > 0) insignia.crossStripes = { count: stripes, width: 'narrow' };
    return { id, group: stripes > 0 ? 'sergeants' : 'soldiers', name, ...(nato ? { nato } : {}), insignia };
  };
  return {
    id: 'blue-ranks',
    name: 'Blue Force ranks',
    side: 'blue',
    groups: [
      { id: 'generals', name: 'Generals', category: 'officers' },
      { id: 'senior-officers', name: 'Senior officers', category: 'officers' },
      { id: 'junior-officers', name: 'Junior officers', category: 'officers' },
      { id: 'sergeants', name: 'Sergeants', category: 'enlisted' },
      { id: 'soldiers', name: 'Soldiers', category: 'enlisted' },
    ],
    ranks: [
      officer('general', 'generals', 'General', 'OF-9', 4, 0, 'large'),
      officer('colonel-general', 'generals', 'Colonel General', 'OF-8', 3, 0, 'large'),
      officer('major-general', 'generals', 'Major General', 'OF-6', 1, 0, 'large'),
      officer('colonel', 'senior-officers', 'Colonel', 'OF-5', 3, 2, 'large'),
      officer('major', 'senior-officers', 'Major', 'OF-3', 1, 2, 'large'),
      officer('captain', 'junior-officers', 'Captain', 'OF-2', 4, 1, 'small'),
      officer('lieutenant', 'junior-officers', 'Lieutenant', 'OF-1', 2, 1, 'small'),
      enlisted('sergeant', 'Sergeant', 'OR-5', 3),
      enlisted('corporal', 'Corporal', 'OR-3', 2),
      enlisted('private', 'Private', 'OR-1', 0),
    ],
  };
}
