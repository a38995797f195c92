import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { parseOrderOfBattle } from '../../src/data/parse.js';
import { sourcesFor } from '../../src/data/lookups.js';
import { strengthSeries } from '../../src/data/strength-series.js';
import type { Attested, Dataset, OrderOfBattle } from '../../src/data/types.js';

/** Parses a dataset for the docs pages; a broken dataset is a bug here, so it throws. */
export function loadDataset(oob: OrderOfBattle): Dataset {
  const result = parseOrderOfBattle(oob);
  if (!result.ok) throw new Error(`dataset has ${result.problems.length} problems: ${result.problems[0]?.message ?? ''}`);
  return result.dataset;
}

/** The fact's sources as "[n]" reference numbers with their quotes as tooltips. */
export function cites(dataset: Dataset, fact: Attested): TemplateResult {
  const resolved = sourcesFor(dataset, fact);
  return html`${resolved.map(
    ({ source, citation }) =>
      html`<span class="cite" title=${citation.quote ? `“${citation.quote}” (${citation.locator ?? source.title})` : source.title}
        >${source.ref ? `[${source.ref}]` : `[${citation.locator ?? 'article'}]`}</span
      > `,
  )}${fact.citationNeeded ? html`<strong class="cn">[citation needed]</strong>` : nothing}`;
}

const valueText = (min: number, max: number, approximate?: string) =>
  approximate ? `${approximate}` : min === max ? min.toLocaleString('en') : `${min.toLocaleString('en')}–${max.toLocaleString('en')}`;

export const tableStyles = html`<style>
  .ds { font: 14px/1.4 system-ui, sans-serif; color: #1f2328; }
  .ds table { border-collapse: collapse; margin: 0 0 1.5em; width: 100%; }
  .ds caption { text-align: left; font-weight: 600; font-size: 1.1em; padding: 0.3em 0; }
  .ds th, .ds td { border: 1px solid #d1d9e0; padding: 4px 8px; vertical-align: top; text-align: left; }
  .ds th { background: #f6f8fa; }
  .ds .cite { color: #0550ae; cursor: help; white-space: nowrap; }
  .ds .cn { color: #a40e26; font-weight: 600; white-space: nowrap; }
  .ds .note { color: #59636e; font-size: 0.92em; }
  .ds [lang|='ug'] { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', serif; }
</style>`;

export function unitsTable(ds: Dataset): TemplateResult {
  return html`<table>
    <caption>Units (${ds.source.units.length})</caption>
    <thead><tr><th scope="col">Unit</th><th scope="col">Parent</th><th scope="col">Echelon / arm</th><th scope="col">Formed</th><th scope="col">Changes</th><th scope="col">Sources</th></tr></thead>
    <tbody>
      ${ds.source.units.map(
        (u) => html`<tr>
          <th scope="row">${u.name}${(u.names ?? []).length ? html`<div class="note">also: ${(u.names ?? []).map((n) => n.text).join(' · ')}</div>` : nothing}</th>
          <td>${u.parent ? ds.unitsById.get(u.parent)?.name : '—'}</td>
          <td>${u.echelon}${u.arm ? ` / ${u.arm}` : ''}</td>
          <td>${u.formed ?? '—'}</td>
          <td>${(u.changes ?? []).map((c) => html`<div>${c.date}: ${c.type} ${cites(ds, c)}${c.note ? html`<div class="note">${c.note}</div>` : nothing}</div>`)}</td>
          <td>${cites(ds, u)}${u.note ? html`<div class="note">${u.note}</div>` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function strengthTable(ds: Dataset): TemplateResult {
  const points = strengthSeries(ds);
  return html`<table>
    <caption>Strength figures (${points.length})</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Subject</th><th scope="col">Measure</th><th scope="col">Value</th><th scope="col">Qualifier</th><th scope="col">Sources and notes</th></tr></thead>
    <tbody>
      ${points.map(
        (p) => html`<tr>
          <td>${p.date.text}</td>
          <th scope="row">${p.subjectName}</th>
          <td>${p.measure}</td>
          <td>${valueText(p.min, p.max, p.approximate)}${p.disputedWith.length ? html` <strong>(disputed)</strong>` : nothing}</td>
          <td>${p.observation.qualifier ?? ''}</td>
          <td>${cites(ds, p.observation)}${p.observation.note ? html`<div class="note">${p.observation.note}</div>` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function eventsTable(ds: Dataset): TemplateResult {
  const events = [...(ds.source.events ?? [])].sort((a, b) => (ds.dates.get(a.date)?.start ?? 0) - (ds.dates.get(b.date)?.start ?? 0));
  return html`<table>
    <caption>Events (${events.length})</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Type</th><th scope="col">Sources</th></tr></thead>
    <tbody>
      ${events.map(
        (e) => html`<tr>
          <td>${e.date}</td>
          <th scope="row">${e.title}${e.description ? html`<div class="note">${e.description}</div>` : nothing}</th>
          <td>${e.type}</td>
          <td>${cites(ds, e)}${e.note ? html`<div class="note">${e.note}</div>` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function peopleTable(ds: Dataset): TemplateResult {
  const roles = ds.source.roles ?? [];
  return html`<table>
    <caption>People and roles (${roles.length})</caption>
    <thead><tr><th scope="col">Person</th><th scope="col">Role</th><th scope="col">Unit / side</th><th scope="col">Rank</th><th scope="col">Sources</th></tr></thead>
    <tbody>
      ${roles.map(
        (r) => html`<tr>
          <th scope="row">${ds.peopleById.get(r.person)?.name}</th>
          <td>${r.title ?? r.type}</td>
          <td>${r.unit ? ds.unitsById.get(r.unit)?.name : r.side ? ds.sidesById.get(r.side)?.name : '—'}</td>
          <td>${r.rank ? ds.ranksById.get(r.rank)?.name : '—'}</td>
          <td>${cites(ds, r)}${r.note ? html`<div class="note">${r.note}</div>` : nothing}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function ranksTable(ds: Dataset): TemplateResult {
  const system = ds.source.rankSystems?.[0];
  if (!system) return html``;
  return html`<table>
    <caption>${system.name}: ranks (${system.ranks.length})</caption>
    <thead><tr><th scope="col">Group</th><th scope="col">Rank</th><th scope="col">Native name</th><th scope="col">Insignia (reconstruction)</th><th scope="col">Notes</th></tr></thead>
    <tbody>
      ${system.ranks.map(
        (r) => html`<tr>
          <td>${system.groups.find((g) => g.id === r.group)?.name}</td>
          <th scope="row">${r.name}</th>
          <td>${(r.names ?? []).map((n) => html`<span lang=${n.lang} dir=${n.dir ?? 'auto'}>${n.text}</span>`)}</td>
          <td>${r.insignia?.follows ?? '—'}</td>
          <td>${cites(ds, r)}${[r.note, r.insignia?.note].filter(Boolean).map((n) => html`<div class="note">${n}</div>`)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function notesTable(ds: Dataset): TemplateResult {
  const notes = ds.source.notes ?? [];
  return html`<table>
    <caption>Contradictions and interpretations (${notes.length})</caption>
    <thead><tr><th scope="col">Topic</th><th scope="col">Note</th></tr></thead>
    <tbody>
      ${notes.map((n) => html`<tr><td>${n.topic}</td><td><strong>${n.title}</strong><div>${n.text}</div></td></tr>`)}
    </tbody>
  </table>`;
}

export function sourcesTable(ds: Dataset): TemplateResult {
  return html`<table>
    <caption>Sources (${ds.source.sources.length})</caption>
    <thead><tr><th scope="col">Ref</th><th scope="col">Source</th><th scope="col">Note</th></tr></thead>
    <tbody>
      ${ds.source.sources.map(
        (s) => html`<tr>
          <td>${s.ref ? `[${s.ref}]` : '—'}</td>
          <th scope="row">${s.author ? `${s.author}: ` : ''}${s.title}${s.publisher ? `. ${s.publisher}` : ''}${s.published ? ` (${s.published})` : ''}</th>
          <td class="note">${s.note ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
