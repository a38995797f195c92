/**
 * A seeded synthetic order of battle, for tests, benchmarks and demos: one army broken down
 * army > corps > division > brigade/regiment > battalion > company to exactly `units` units, with
 * dates, changes, commanders with ranks, strength observations and a small rank system.
 */
import type {
  Arm, Echelon, HistoricalEvent, OrderOfBattle, Person, Rank, RankSystem, Role, StrengthObservation, StrengthValue, Unit, UnitChange,
} from './types.js';

export interface GenerateOptions {
  /** Exact number of units (0 or more). */
  units: number;
  /** PRNG seed; the same seed gives the same dataset. Default 1. */
  seed?: number;
  /** Number of strength observations. Default: half the number of units, at least 4. */
  observations?: number;
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

const DAY = 86_400_000;
const START = Date.UTC(1940, 0, 1);
const DAYS = 6 * 365;
const ECHELONS: Echelon[] = ['army', 'corps', 'division', 'regiment', 'battalion', 'company'];
/** Typical personnel strength per level, min and max. */
const SIZES: [number, number][] = [[90_000, 250_000], [25_000, 60_000], [8_000, 15_000], [1_500, 3_500], [400, 900], [80, 200]];
const ARM_WORDS: Partial<Record<string, string>> = {
  infantry: 'Rifle', 'motorized-infantry': 'Motor Rifle', cavalry: 'Cavalry', artillery: 'Artillery', armour: 'Tank',
  engineers: 'Engineer', signals: 'Signal',
};
const DIVISION_ARMS: Arm[] = ['infantry', 'infantry', 'infantry', 'infantry', 'armour', 'cavalry', 'motorized-infantry', 'artillery'];
const GIVEN = ['Anton', 'Boris', 'Carl', 'Dmitri', 'Emil', 'Felix', 'Georg', 'Henrik', 'Ivo', 'Jakob', 'Karl', 'Leon', 'Milan', 'Oskar', 'Pavel'];
const FAMILY = ['Berg', 'Novak', 'Lind', 'Horvat', 'Keller', 'Marek', 'Olsen', 'Petrov', 'Rusu', 'Sova', 'Varga', 'Weber', 'Zima'];
/** Commanders' rank by level. */
const COMMANDER_RANK = ['general', 'colonel-general', 'major-general', 'colonel', 'major', 'captain'];

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

const iso = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);

interface Node {
  unit: Unit;
  level: number;
  day: number;
  /** Number among its parent's children, from 1. */
  nth: number;
  children: number;
}

export function generateOrderOfBattle(options: GenerateOptions): OrderOfBattle {
  const count = options.units;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`units must be a whole number >= 0, not ${count}`);
  const rand = mulberry32(options.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number) => rand() < p;

  // Smallest branching factor whose six-level tree holds `count` units.
  let branching = 2;
  while ([0, 1, 2, 3, 4, 5].reduce((sum, k) => sum + branching ** k, 0) < count) branching += 1;
  const nodes: Node[] = [];
  const byLevel: Node[][] = [];
  const numbers = new Map<string, number>();
  const next = (key: string) => {
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    return n;
  };
  const add = (parent: Node | undefined, level: number): void => {
    const echelon: Echelon = level === 3 && chance(0.25) ? 'brigade' : (ECHELONS[level] as Echelon);
    const parentArm = parent?.unit.arm ?? 'combined-arms';
    const arm: Arm =
      level === 0 ? 'combined-arms' : level === 1 ? (chance(0.2) ? 'armour' : 'combined-arms') : level === 2 ? pick(DIVISION_ARMS)
        : level === 3 && chance(0.2) ? pick<Arm>(['artillery', 'engineers', 'signals']) : parentArm === 'combined-arms' ? 'infantry' : parentArm;
    const nth = parent ? parent.children + 1 : 1;
    if (parent) parent.children = nth;
    const word = ARM_WORDS[arm] ?? '';
    const kind = echelon[0]?.toUpperCase() + echelon.slice(1);
    const name =
      level === 0 ? `${ordinal(next('army'))} Army`
        : level === 1 ? `${roman(next('corps'))} ${arm === 'armour' ? 'Tank ' : ''}Corps`
          : level <= 3 ? `${ordinal(next(echelon + word))} ${word} ${kind}`.replace('  ', ' ')
            : `${ordinal(nth)} ${level === 4 ? `${word} ` : ''}${kind}`.replace('  ', ' ');
    const day = parent ? Math.min(DAYS - 500, parent.day + int(0, 120)) : 0;
    const unit: Unit = { id: `u${nodes.length + 1}`, name, echelon, arm, formed: level === 0 ? '1940' : chance(0.3) ? iso(day).slice(0, 7) : iso(day) };
    if (parent) unit.parent = parent.unit.id;
    else unit.side = 'blue';
    const node: Node = { unit, level, day, nth, children: 0 };
    nodes.push(node);
    (byLevel[level] ??= []).push(node);
  };
  if (count > 0) add(undefined, 0);
  for (let level = 1; level < ECHELONS.length && nodes.length < count; level += 1) {
    for (const parent of byLevel[level - 1] ?? []) {
      const want = branching + int(0, 1);
      for (let k = 0; k < want && nodes.length < count; k += 1) add(parent, level);
    }
  }

  // Changes: redesignations, upgrades and reassignments, in date order; later dissolutions of leaves.
  const targets = new Set<string>();
  for (const node of nodes) {
    if (node.level === 0 || !chance(0.14)) continue;
    const changes: UnitChange[] = [];
    let day = node.day;
    let parent = node.unit.parent;
    for (let k = 0; k < (chance(0.3) ? 2 : 1); k += 1) {
      day = Math.min(DAYS - 200, day + int(30, 400));
      const peers = (byLevel[node.level - 1] ?? []).filter((p) => p.unit.id !== parent && p.day <= day);
      const type = peers.length > 0 && chance(0.5) ? 'reassigned' : node.unit.echelon === 'brigade' || node.unit.echelon === 'regiment' ? 'upgraded' : 'redesignated';
      const change: UnitChange = { date: iso(day), type };
      if (type === 'reassigned') {
        const target = pick(peers).unit.id;
        targets.add(target);
        parent = target;
        change.to = { parent: target };
      } else if (type === 'upgraded') {
        const echelon = node.unit.echelon === 'brigade' ? 'division' : 'brigade';
        change.to = { echelon, name: node.unit.name.replace(/Brigade|Regiment/, echelon === 'division' ? 'Division' : 'Brigade') };
      } else {
        change.to = { name: `${node.unit.name.replace(/^(\S+) /, '$1 Guards ')}` };
      }
      if (chance(0.5)) change.citations = [{ source: pick(['s1', 's2', 's3']) }];
      changes.push(change);
    }
    node.unit.changes = changes;
    node.day = day;
  }
  for (const node of nodes) {
    if (node.level > 0 && node.children === 0 && !targets.has(node.unit.id) && chance(0.05)) {
      node.unit.dissolved = iso(Math.min(DAYS - 1, node.day + int(30, 300)));
    }
  }
  const units = nodes.map((n) => n.unit);

  // Commanders down to brigade/regiment level; some are replaced part-way.
  const people: Person[] = [];
  const roles: Role[] = [];
  const person = (): string => {
    const id = `p${people.length + 1}`;
    const p: Person = { id, name: `${pick(GIVEN)} ${pick(FAMILY)}`, born: String(int(1885, 1905)) };
    if (chance(0.2)) p.died = String(int(1946, 1980));
    people.push(p);
    return id;
  };
  for (const node of nodes) {
    if (node.level > 3) continue;
    const role = (from: number, to?: number): Role => {
      const r: Role = { id: `r${roles.length + 1}`, person: person(), type: 'commander', unit: node.unit.id, rank: COMMANDER_RANK[node.level] as string, from: iso(from) };
      if (to !== undefined) r.to = iso(to);
      roles.push(r);
      return r;
    };
    if (chance(0.2)) {
      const handover = Math.min(DAYS - 1, node.day + int(100, 600));
      role(node.day, handover);
      role(handover);
    } else role(node.day);
  }
  if (nodes[0]) roles.push({ id: `r${roles.length + 1}`, person: person(), type: 'political-commissar', unit: nodes[0].unit.id, from: iso(0) });

  // Strength observations: exact numbers, ranges and approximate figures; some dispute others.
  const strength: StrengthObservation[] = [];
  const total = options.observations ?? Math.max(4, Math.ceil(count / 2));
  const lastBySubject = new Map<string, string>();
  for (let i = 0; i < total; i += 1) {
    const node = nodes.length > 0 && chance(0.85) ? pick(nodes) : undefined;
    const [lo, hi] = SIZES[node?.level ?? 0] as [number, number];
    const measure = node?.unit.arm === 'armour' && chance(0.5) ? 'tanks' : node?.unit.arm === 'artillery' && chance(0.5) ? 'artillery' : 'personnel';
    const scale = measure === 'personnel' ? 1 : 0.02;
    const a = Math.round(int(lo, hi) * scale);
    const b = Math.round(a * (1 + rand() * 0.4));
    const roll = rand();
    const value: StrengthValue =
      roll < 0.65 ? a : roll < 0.85 ? { min: a, max: b } : roll < 0.93
        ? { approximate: 'several thousand', min: a, max: b, interpretation: 'the author reads "several" as this range' }
        : { approximate: `about ${a}`, value: a, interpretation: 'the stated round figure' };
    const subject = node ? node.unit.id : chance(0.7) ? 'blue' : 'red';
    const o: StrengthObservation = { id: `o${i + 1}`, measure, subject, date: iso(int(node?.day ?? 0, DAYS - 1)), value };
    if (chance(0.7)) o.citations = [{ source: pick(['s1', 's2', 's3']), locator: `p. ${int(1, 400)}` }];
    else if (chance(0.3)) o.citationNeeded = true;
    if (chance(0.3)) o.qualifier = chance(0.8) ? 'strength' : 'estimated';
    const earlier = lastBySubject.get(subject);
    if (earlier !== undefined && chance(0.2)) o.disputes = [earlier];
    lastBySubject.set(subject, o.id);
    strength.push(o);
  }

  const events: HistoricalEvent[] = [];
  if (nodes[0]) events.push({ id: 'e1', type: 'formation', date: '1940', title: `${nodes[0].unit.name} is formed`, units: [nodes[0].unit.id], sides: ['blue'] });
  const divisions = byLevel[2] ?? [];
  for (let i = 0; i < Math.min(12, Math.floor(divisions.length / 2)); i += 1) {
    const day = int(200, DAYS - 1);
    const involved = [...new Set([pick(divisions), pick(divisions)].map((d) => d.unit.id))];
    events.push({ id: `e${events.length + 1}`, type: 'battle', date: iso(day), title: `Battle ${i + 1}`, place: `Sector ${roman(i + 1)}`, units: involved, sides: ['blue', 'red'] });
  }

  return {
    schemaVersion: '1.0',
    meta: {
      title: `Synthetic order of battle (${count} units, seed ${options.seed ?? 1})`,
      description: 'Generated by generateOrderOfBattle for tests and benchmarks. Every name, date and figure is invented.',
      defaultLang: 'en',
      licence: 'CC0-1.0',
      dateRange: `${iso(0)}/${iso(DAYS - 1)}`,
      perspective: 'blue',
    },
    sources: [1, 2, 3].map((n) => ({ id: `s${n}`, title: `Synthetic source ${n}`, author: 'Generated', published: String(1950 + n * 10), ref: String(n) })),
    sides: [
      { id: 'blue', name: 'Blue Force', affiliation: 'friend' },
      { id: 'red', name: 'Red Force', affiliation: 'hostile' },
    ],
    units,
    people,
    roles,
    strength,
    events,
    rankSystems: [rankSystem()],
    notes: [{ id: 'n1', topic: 'interpretation', title: 'Synthetic data', text: 'This dataset is generated; it describes no real army.', about: ['/meta'] }],
  };
}

function rankSystem(): RankSystem {
  const gold = '#c9a227';
  const officer = (id: string, group: string, name: string, nato: Rank['nato'], field: 'zigzag' | 'galloon', stars: number, stripes: number, size: 'small' | 'large'): Rank => {
    const insignia: Rank['insignia'] = { kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', field, base: gold, emblem: 'button', stars: { count: stars, size, arrangement: 'soviet' } };
    if (stripes > 0) insignia.stripes = { count: stripes };
    const rank: Rank = { id, group, name, insignia };
    if (nato) rank.nato = nato;
    return rank;
  };
  const enlisted = (id: string, name: string, nato: Rank['nato'], stripes: number): Rank => {
    const insignia: Rank['insignia'] = { kind: 'shoulder-board', basis: 'reconstruction', shape: 'pointed', field: 'plain', emblem: 'button' };
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
      officer('general', 'generals', 'General', 'OF-9', 'zigzag', 4, 0, 'large'),
      officer('colonel-general', 'generals', 'Colonel General', 'OF-8', 'zigzag', 3, 0, 'large'),
      officer('major-general', 'generals', 'Major General', 'OF-6', 'zigzag', 1, 0, 'large'),
      officer('colonel', 'senior-officers', 'Colonel', 'OF-5', 'galloon', 3, 2, 'large'),
      officer('major', 'senior-officers', 'Major', 'OF-3', 'galloon', 1, 2, 'large'),
      officer('captain', 'junior-officers', 'Captain', 'OF-2', 'galloon', 4, 1, 'small'),
      officer('lieutenant', 'junior-officers', 'Lieutenant', 'OF-1', 'galloon', 2, 1, 'small'),
      enlisted('sergeant', 'Sergeant', 'OR-5', 3),
      enlisted('corporal', 'Corporal', 'OR-3', 2),
      enlisted('private', 'Private', 'OR-1', 0),
    ],
  };
}
