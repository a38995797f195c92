/**
 * `fromOrbatMapper`: an ORBAT Mapper scenario file (format 3.x, https://orbat-mapper.app) -> the
 * dataset format. Sides keep their standard identity, the side / group / unit tree becomes the
 * hierarchy, SIDCs stay on the units (and give echelon and arm), personnel and equipment become
 * strength observations dated by the scenario's timeline, hierarchy moves become dated changes,
 * and scenario events become events. What has no place in the dataset (map positions, media,
 * map layers, symbol styling…) is listed in the report, never dropped silently.
 */
import { parseOrderOfBattle } from '../parse.js';
import { SCHEMA_VERSION } from '../types.js';
import type { Affiliation, HistoricalEvent, OrderOfBattle, Side, Source, StrengthObservation, Unit, UnitChange } from '../types.js';
import { holdings } from './orbat-holdings.js';
import { READ, Report, arr, instant, isObject, scenarioDay, str } from './orbat-reading.js';
import type { Json } from './orbat-reading.js';
import { parseSidc, sidcArm } from './sidc-code.js';
import type { ImportProblem, ImportResult } from './report.js';

export { scenarioDay } from './orbat-reading.js';

/** ORBAT Mapper standard identities (SIDC digit 4) -> side affiliation. */
const AFFILIATIONS: Record<string, Affiliation> = {
  '0': 'unknown',
  '1': 'unknown',
  '2': 'friend',
  '3': 'friend',
  '4': 'neutral',
  '5': 'hostile',
  '6': 'hostile',
};

/**
 * Converts an ORBAT Mapper scenario (a parsed JSON object) to a dataset. Never throws; the report
 * lists what was not converted, with its JSON pointer in the scenario. See `docs/import.md`.
 */
export function fromOrbatMapper(scenario: unknown): ImportResult {
  const report = new Report();
  const oob: OrderOfBattle = {
    schemaVersion: SCHEMA_VERSION,
    meta: { title: 'ORBAT Mapper scenario', defaultLang: 'en' },
    sources: [],
    sides: [],
    units: [],
  };
  const done = (): ImportResult => {
    report.finish();
    const parsed = parseOrderOfBattle(oob);
    const located = parsed.ok
      ? []
      : parsed.problems.map((p): ImportProblem => ({ severity: 'error', code: p.code, message: p.message, path: p.path }));
    const problems = [...report.problems, ...located];
    return { ok: parsed.ok && !problems.some((p) => p.severity === 'error'), oob, parsed, problems };
  };
  if (!isObject(scenario) || scenario.type !== 'ORBAT-mapper' || !Array.isArray(scenario.sides)) {
    const why = 'it needs "type": "ORBAT-mapper" and a "sides" list (encrypted scenarios must be decrypted in ORBAT Mapper first)';
    report.error('', 'not-a-scenario', `this is not an ORBAT Mapper scenario: ${why}`);
    return done();
  }
  const version = str(scenario.version);
  if (!version?.startsWith('3.')) {
    report.problems.push({
      severity: 'warning',
      code: 'unsupported-version',
      source: '/version',
      message: `scenario version ${version ?? '(none)'} is not 3.x; converted as if it were 3.x, check the result`,
    });
  }
  report.rest(scenario, '', READ.root, 'the scenario field');
  // The catalogues give the names units use; their descriptions and symbols have no place in the dataset.
  for (const kind of ['equipment', 'personnel'] as const) {
    arr(scenario[kind]).forEach((entry, i) => {
      if (isObject(entry)) report.rest(entry, `/${kind}/${i}`, ['name'], `the ${kind} catalogue field`);
    });
  }
  const timeZone = str(scenario.timeZone);
  const name = str(scenario.name);
  if (name) oob.meta.title = name;
  const description = str(scenario.description);
  if (description) oob.meta.description = description;
  const start = scenarioDay(scenario.startTime, timeZone);

  const ids = new Set<string>();
  /** A unit id not used yet: ORBAT Mapper ids are unique, but the side and group units are added here. */
  const freshId = (want: string): string => {
    let id = want;
    for (let n = 2; ids.has(id); n += 1) id = `${want}-${n}`;
    ids.add(id);
    return id;
  };
  const urlSources = new Map<string, Source>();
  const strength = new Map<string, StrengthObservation>();
  const events: HistoricalEvent[] = [];
  /** Units by their ORBAT Mapper id (units, groups and sides), with their parent, for hierarchy moves. */
  const byScenarioId = new Map<string, { id: string; parent: string | undefined }>();
  const moves: { unit: Unit; path: string; t: unknown; target: Json }[] = [];

  const convertUnit = (u: unknown, path: string, parent: string): void => {
    if (!isObject(u)) {
      report.error(path, 'invalid-value', 'a unit must be an object; it is left out with its subordinates');
      return;
    }
    const wanted = str(u.id) ?? `unit-${ids.size + 1}`;
    const id = freshId(wanted);
    if (id !== wanted)
      report.problems.push({
        severity: 'warning',
        code: 'invalid-value',
        source: `${path}/id`,
        message: `unit id "${wanted}" is used twice; this unit is "${id}"`,
      });
    const unit: Unit = { id, parent, name: str(u.name) ?? id, echelon: 'unknown' };
    const sidcText = str(u.sidc);
    const sidc = sidcText === undefined ? undefined : parseSidc(sidcText);
    if (sidc) {
      unit.sidc = sidc.code;
      if (sidc.echelon) unit.echelon = sidc.echelon;
      const arm = sidcArm(sidc);
      if (arm) unit.arm = arm;
    } else if (sidcText !== undefined) {
      report.error(
        `${path}/sidc`,
        'invalid-value',
        `unit "${id}": sidc "${sidcText}" is not a 20-digit code; the unit is drawn without it`,
      );
    }
    const short = str(u.shortName);
    if (short) unit.names = [{ text: short, lang: 'und', kind: 'abbreviation' }];
    const note = str(u.description);
    if (note) unit.note = note;
    const url = str(u.externalUrl);
    if (url) {
      let source = urlSources.get(url);
      if (!source) {
        source = { id: `link-${urlSources.size + 1}`, title: `${unit.name} (link in the ORBAT Mapper scenario)`, url };
        urlSources.set(url, source);
      }
      unit.citations = [{ source: source.id }];
    }
    report.rest(u, path, READ.unit, 'the unit field');
    oob.units.push(unit);
    byScenarioId.set(str(u.id) ?? id, { id, parent });

    const states = arr(u.state)
      .map((s, i) => ({ s, path: `${path}/state/${i}` }))
      .filter((x): x is { s: Json; path: string } => isObject(x.s))
      .map((x) => ({ ...x, day: scenarioDay(x.s.t, timeZone) }))
      .sort((a, b) => instant(a.s.t) - instant(b.s.t));
    const changes: UnitChange[] = [];
    let echelon = unit.echelon;
    for (const { s, path: statePath, day } of states) {
      report.rest(s, statePath, READ.state, 'the state field');
      if (isObject(s.hierarchy)) moves.push({ unit, path: `${statePath}/hierarchy`, t: s.t, target: s.hierarchy });
      const title = str(s.title);
      if (title) {
        if (day)
          events.push({ id: freshEventId(str(s.id) ?? `${id}-state`), type: 'other', date: day, title, ...eventText(s), units: [id] });
        else
          report.error(
            statePath,
            'invalid-value',
            `the state's time ${JSON.stringify(s.t)} is not a date; its title "${title}" is left out`,
          );
      } else {
        // Words without a title make no event; they are reported rather than dropped.
        for (const key of ['subTitle', 'description'])
          if (str(s[key])) report.skipped(`${statePath}/${key}`, key, 'the untitled state field');
      }
      const nextText = str(s.sidc);
      if (nextText !== undefined) {
        const next = parseSidc(nextText);
        if (next?.echelon && next.echelon !== echelon && !day)
          report.error(statePath, 'invalid-value', `the state's time ${JSON.stringify(s.t)} is not a date; its new echelon is left out`);
        if (next?.echelon && next.echelon !== echelon && day) {
          changes.push({ date: day, type: 'reorganized', to: { echelon: next.echelon } });
          echelon = next.echelon;
        }
        // A change holds the echelon of a new symbol; the rest of the code (identity, icon) is kept once per unit.
        const masked = (code: string | undefined) => (code === undefined ? '' : code.slice(0, 8) + code.slice(10));
        if (!next || masked(next.code) !== masked(unit.sidc)) report.skipped(`${statePath}/sidc`, 'sidc', 'the state field');
      }
    }
    if (changes.length) unit.changes = changes;
    holdings(u, unit, path, states, start, report, strength);
    arr(u.subUnits).forEach((child, i) => convertUnit(child, `${path}/subUnits/${i}`, id));
  };

  const eventIds = new Set<string>();
  function freshEventId(want: string): string {
    let id = want;
    for (let n = 2; eventIds.has(id); n += 1) id = `${want}-${n}`;
    eventIds.add(id);
    return id;
  }
  function eventText(o: Json): { description?: string } {
    const text = [str(o.subTitle), str(o.description)].filter(Boolean).join('\n\n');
    return text ? { description: text } : {};
  }

  scenario.sides.forEach((side: unknown, i: number) => {
    const path = `/sides/${i}`;
    if (!isObject(side)) {
      report.error(path, 'invalid-value', 'a side must be an object; it is left out');
      return;
    }
    const sideId = str(side.id) ?? `side-${i + 1}`;
    const identity = String(side.standardIdentity ?? '');
    const affiliation = AFFILIATIONS[identity];
    if (!affiliation)
      report.error(
        `${path}/standardIdentity`,
        'invalid-value',
        `side "${sideId}": standard identity "${identity}" is not 0-6; the side's affiliation is "unknown"`,
      );
    const entry: Side = { id: sideId, name: str(side.name) ?? sideId, affiliation: affiliation ?? 'unknown' };
    const sideNote = str(side.description);
    if (sideNote) entry.note = sideNote;
    oob.sides.push(entry);
    report.rest(side, path, READ.side, 'the side field');
    // A side has one top unit in the dataset; ORBAT Mapper sides hold groups of several top units, so the side gets one.
    const rootId = freshId(`${sideId}-side`);
    oob.units.push({
      id: rootId,
      name: entry.name,
      echelon: 'unknown',
      side: sideId,
      note: 'The side as a whole (added by the ORBAT Mapper import)',
    });
    byScenarioId.set(sideId, { id: rootId, parent: undefined });
    arr(side.subUnits).forEach((u, j) => convertUnit(u, `${path}/subUnits/${j}`, rootId));
    arr(side.groups).forEach((group, j) => {
      const groupPath = `${path}/groups/${j}`;
      if (!isObject(group)) {
        report.error(groupPath, 'invalid-value', 'a group must be an object; it is left out');
        return;
      }
      const groupId = freshId(str(group.id) ?? `${sideId}-group-${j + 1}`);
      const unit: Unit = {
        id: groupId,
        parent: rootId,
        name: str(group.name) ?? groupId,
        echelon: 'unknown',
        note: 'An ORBAT Mapper group of units',
      };
      const groupNote = str(group.description);
      if (groupNote) unit.note = groupNote;
      oob.units.push(unit);
      byScenarioId.set(str(group.id) ?? groupId, { id: groupId, parent: rootId });
      report.rest(group, groupPath, READ.group, 'the group field');
      arr(group.subUnits).forEach((u, k) => convertUnit(u, `${groupPath}/subUnits/${k}`, groupId));
    });
  });

  // Hierarchy moves, once every unit is known: "on" puts the unit under the target, "above" / "below"
  // beside it, under the target's superior at that time: moves are replayed in time order, so a
  // target moved earlier is found where it went, not where the scenario first put it.
  const byUnit = new Map<Unit, { date: string; t: number; change: UnitChange }[]>();
  const parentNow = new Map<string, string | undefined>();
  const inTimeOrder = moves.map((move, i) => ({ ...move, i, at: instant(move.t) }));
  inTimeOrder.sort((a, b) => (Number.isNaN(a.at) || Number.isNaN(b.at) ? 0 : a.at - b.at) || a.i - b.i);
  for (const { unit, path, t, target } of inTimeOrder) {
    const day = scenarioDay(t, timeZone);
    const targetId = str(target.targetId);
    const found = targetId === undefined ? undefined : byScenarioId.get(targetId);
    const explicit = str(target.parentId);
    const beside = found === undefined ? undefined : parentNow.has(found.id) ? parentNow.get(found.id) : found.parent;
    const parent = target.placement === 'on' ? found?.id : explicit !== undefined ? byScenarioId.get(explicit)?.id : beside;
    if (!day || !parent) {
      report.error(
        path,
        'invalid-value',
        `unit "${unit.id}": the hierarchy move ${!day ? `at time ${JSON.stringify(t)} has no readable date` : `names target "${targetId ?? ''}", which is not a unit, group or side of the scenario`}; it is left out`,
      );
      continue;
    }
    parentNow.set(unit.id, parent);
    const list = byUnit.get(unit) ?? [];
    list.push({ date: day, t: instant(t), change: { date: day, type: 'reassigned', to: { parent } } });
    byUnit.set(unit, list);
  }
  for (const [unit, list] of byUnit) {
    const all = [...(unit.changes ?? []).map((change) => ({ date: change.date, t: Date.parse(change.date), change })), ...list];
    all.sort((a, b) => a.date.localeCompare(b.date) || a.t - b.t);
    unit.changes = all.map((x) => x.change);
  }

  const unitIds = new Set(oob.units.map((u) => u.id));
  arr(scenario.events).forEach((ev, i) => {
    const path = `/events/${i}`;
    if (!isObject(ev)) {
      report.error(path, 'invalid-value', 'an event must be an object; it is left out');
      return;
    }
    const day = scenarioDay(ev.startTime, timeZone);
    const title = str(ev.title);
    if (!day || !title) {
      report.error(
        path,
        'invalid-value',
        `the event ${title ? `"${title}" ` : ''}has ${!day ? `no readable startTime (${JSON.stringify(ev.startTime)})` : 'no title'}; it is left out`,
      );
      return;
    }
    const event: HistoricalEvent = { id: freshEventId(str(ev.id) ?? `event-${i + 1}`), type: 'other', date: day, title, ...eventText(ev) };
    const where = ev.where;
    if (isObject(where) && where.type === 'units') {
      // Units only: sides and groups are in the same lookup, but an event's place names units.
      const units = arr(where.units).flatMap((u) => {
        const found = typeof u === 'string' ? byScenarioId.get(u) : undefined;
        return found && unitIds.has(found.id) ? [found.id] : [];
      });
      if (units.length) event.units = units;
      for (const key of Object.keys(where))
        if (key !== 'type' && key !== 'units') report.skipped(`${path}/where/${key}`, key, 'the event place field');
    } else if (isObject(where)) report.skipped(`${path}/where`, 'where', 'the event field');
    report.rest(ev, path, READ.event, 'the event field');
    events.push(event);
  });

  oob.sources.push(...urlSources.values());
  if (strength.size) oob.strength = [...strength.values()];
  if (events.length) oob.events = events.sort((a, b) => a.date.localeCompare(b.date));
  const friend = oob.sides.find((s) => s.affiliation === 'friend');
  if (friend) oob.meta.perspective = friend.id;
  const days = [
    ...events.map((e) => e.date),
    ...oob.units.flatMap((u) => (u.changes ?? []).map((c) => c.date)),
    ...(start ? [start] : []),
  ].sort();
  if (days.length) oob.meta.dateRange = days[0] === days[days.length - 1] ? days[0]! : `${days[0]}/${days[days.length - 1]}`;
  return done();
}
