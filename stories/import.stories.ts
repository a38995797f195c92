import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../src/elements/dataset/define.js';
import '../src/elements/hierarchy/define.js';
import '../src/elements/strength-chart/define.js';
import '../src/elements/timeline/define.js';
import { formatImportProblem, fromCSV, fromOrbatMapper } from '../src/data/import/index.js';
import type { ImportProblem, ImportResult } from '../src/data/import/index.js';
import type { OrderOfBattle } from '../src/data/types.js';

/* ---------- illustrative inputs (generic names, not historical data) ---------- */

const UNITS_CSV = `id,parent,name,echelon,arm,side,formed,dissolved,commander,source,locator
corps,,I Corps (illustrative),corps,combined-arms,blue,1900-03,,General A. Example,notes,p. 1
div-1,corps,1st Infantry Division,division,infantry,,1900-03,,Colonel B. Example,notes,p. 2
div-2,corps,2nd Infantry Division,division,infantry,,1900-03,1902-06,,notes,p. 2
cav,corps,Cavalry Brigade,brigade,cavalry,,1900-05~,,,,
art,corps,Corps Artillery Regiment,regiment,artillery,,1900-03,,,notes,p. 3
red,,Red Army (illustrative),army,infantry,red,1899,,,,
`;

const STRENGTH_CSV = `id,measure,subject,date,value,min,max,approximate,interpretation,source,locator
s1,personnel,corps,1900-06,"24,000",,,,,notes,p. 4
s2,personnel,corps,1901-06,,20000,26000,,,notes,p. 5
s3,artillery,corps,1901-06,40,,,some forty guns,read as 40,notes,p. 5
s4,personnel,red,1901-06,,60000,90000,a much larger army,read as 60000 to 90000,notes,p. 6
`;

const EVENTS_CSV = `type,date,title,units
formation,1900-03,I Corps formed,corps
battle,1901-06,Battle of the River,corps div-1 cav
other,1902-06,2nd Division disbanded,div-2
`;

const SIDES_CSV = `id,name,affiliation
blue,Blue Kingdom (illustrative),friend
red,Red Republic (illustrative),hostile
`;

/** An ORBAT Mapper scenario (format 3.3) written for this story: an illustrative exercise, not historical. */
const SCENARIO = {
  type: 'ORBAT-mapper',
  id: 'story-exercise',
  version: '3.3.0',
  name: 'Illustrative exercise (not historical)',
  description: 'A made-up scenario showing what the ORBAT Mapper import keeps.',
  startTime: '1990-05-01T08:00:00+02:00',
  timeZone: 'Europe/Berlin',
  symbologyStandard: 'app6d',
  sides: [
    {
      id: 'blue',
      name: 'Blue',
      standardIdentity: '3',
      groups: [
        {
          id: 'land',
          name: 'Land forces',
          subUnits: [
            {
              id: 'bde1',
              name: '1st Brigade',
              sidc: '10031000181211000000',
              personnel: [{ name: 'Soldier', count: 3000 }],
              equipment: [{ name: 'Truck', count: 40 }],
              state: [
                { id: 's1', t: '1990-05-03T12:00:00+02:00', location: [10, 50], diff: { personnel: [{ name: 'Soldier', onHand: -400 }] } },
                {
                  id: 's2',
                  t: '1990-05-05T12:00:00+02:00',
                  update: { equipment: [{ name: 'Truck', onHand: 25 }] },
                  title: '1st Brigade halts for fuel',
                },
              ],
              subUnits: [
                {
                  id: 'bn1',
                  name: '1st Infantry Battalion',
                  sidc: '10031000161211000000',
                  state: [{ id: 's3', t: '1990-05-04T06:00:00+02:00', hierarchy: { targetId: 'bde2', placement: 'on' } }],
                },
                { id: 'bn2', name: '2nd Tank Battalion', sidc: '10031000161205000000' },
                { id: 'rec', name: 'Reconnaissance Company', sidc: '10031000151213000000' },
              ],
            },
            { id: 'bde2', name: '2nd Brigade', sidc: '10031000181211000000', personnel: [{ name: 'Soldier', count: 2800 }] },
          ],
        },
        {
          id: 'sea',
          name: 'Naval forces',
          subUnits: [{ id: 'ff1', name: 'Frigate One', sidc: '10033000001202040000', personnel: [{ name: 'Crew', count: 180 }] }],
        },
      ],
    },
    {
      id: 'red',
      name: 'Red',
      standardIdentity: '6',
      groups: [
        {
          id: 'red-land',
          name: 'Red forces',
          subUnits: [{ id: 'red-div', name: 'Red Division', sidc: '10061000211211000000', personnel: [{ name: 'Soldier', count: 9000 }] }],
        },
      ],
    },
  ],
  events: [
    { id: 'e1', startTime: '1990-05-01T08:00:00+02:00', title: 'Exercise begins', where: { type: 'units', units: ['bde1', 'bde2'] } },
    { id: 'e2', startTime: '1990-05-06T08:00:00+02:00', title: 'Exercise ends' },
  ],
  layerStack: [],
};

/** Version 10, reality, standard identity, symbol set, present, no HQ, no amplifier, entity, no modifiers. */
const code = (set: string, entity: string, identity: string) => `100${identity}${set}0000${entity}0000`;
const sea = (entity: string, identity = '3') => code('30', entity, identity);
const air = (entity: string, identity = '3') => code('01', entity, identity);

/** A task force with ships, submarines and aircraft, every unit drawn from its SIDC (illustrative, not historical). */
const NAVAL_AND_AIR: OrderOfBattle = {
  schemaVersion: '1.0',
  meta: { title: 'Illustrative task force (not historical)', defaultLang: 'en', perspective: 'blue' },
  sources: [],
  sides: [
    { id: 'blue', name: 'Blue', affiliation: 'friend' },
    { id: 'red', name: 'Red', affiliation: 'hostile' },
  ],
  units: [
    { id: 'tf', name: 'Task Force 1', echelon: 'command', side: 'blue', sidc: '10031006000000000000' },
    { id: 'cv', parent: 'tf', name: 'Carrier Alpha', echelon: 'unknown', sidc: sea('120100') },
    { id: 'dd1', parent: 'cv', name: 'Destroyer Bravo', echelon: 'unknown', sidc: sea('120203') },
    { id: 'ff1', parent: 'cv', name: 'Frigate Charlie', echelon: 'unknown', sidc: sea('120204') },
    { id: 'ss1', parent: 'tf', name: 'Submarine Delta', echelon: 'unknown', sidc: '10033500001101000000' },
    { id: 'wing', parent: 'cv', name: 'Carrier Air Wing', echelon: 'unknown', sidc: air('110100') },
    { id: 'vf', parent: 'wing', name: 'Fighter Squadron', echelon: 'unknown', sidc: air('110104') },
    { id: 'vs', parent: 'wing', name: 'Anti-submarine Squadron', echelon: 'unknown', sidc: air('110118') },
    { id: 'mar', parent: 'tf', name: 'Landing Battalion', echelon: 'battalion', arm: 'infantry', sidc: '10031000161211000000' },
    { id: 'red-sag', name: 'Red Surface Group', echelon: 'unknown', side: 'red', sidc: sea('120202', '6') },
    { id: 'red-ss', parent: 'red-sag', name: 'Red Submarine', echelon: 'unknown', sidc: '10063500001101000000' },
    { id: 'red-air', parent: 'red-sag', name: 'Red Bomber Regiment', echelon: 'regiment', sidc: air('110103', '6') },
  ],
};

/* ---------- story-only elements ---------- */

const shared = css`
  :host { display: block; font: 14px/1.4 system-ui, sans-serif; }
  .illustrative { margin: 0 0 12px; font-weight: 600; }
  label { font-weight: 600; display: block; margin: 8px 0 4px; }
  textarea { width: 100%; min-height: 120px; font: 12px/1.4 ui-monospace, monospace; box-sizing: border-box; }
  .grid { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); align-items: start; }
  .status { margin: 8px 0; }
  ul { margin: 0; padding-left: 1.2em; max-height: 200px; overflow: auto; font-size: 13px; }
  .error { color: #a40e26; }
  .warning { color: #7a4d00; }
  oob-hierarchy { height: 440px; }
  oob-strength-chart { height: 320px; }
`;

function report(problems: ImportProblem[]) {
  if (problems.length === 0) return html`<p class="status">No problems: every row converted.</p>`;
  return html`<ul aria-label="Conversion report">
    ${problems.map((p) => html`<li class=${p.severity}>${formatImportProblem(p)}</li>`)}
  </ul>`;
}

/** CSV sheets on the left, the conversion report and the charts (of the last dataset that parsed) on the right. */
@customElement('story-csv-import')
export class StoryCsvImport extends LitElement {
  static override styles = shared;
  @state() private sheets = { units: UNITS_CSV, strength: STRENGTH_CSV, sides: SIDES_CSV, events: EVENTS_CSV };
  @state() private result: ImportResult = fromCSV({ ...this.sheets, meta: { title: 'Illustrative corps' } });
  @state() private shown: OrderOfBattle | undefined = this.result.parsed.ok ? this.result.oob : undefined;
  private timer: number | undefined;

  private edit(sheet: 'units' | 'strength' | 'sides' | 'events', event: Event): void {
    this.sheets = { ...this.sheets, [sheet]: (event.target as HTMLTextAreaElement).value };
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.result = fromCSV({ ...this.sheets, meta: { title: 'Illustrative corps' } });
      if (this.result.parsed.ok) this.shown = this.result.oob;
    }, 200);
  }

  override render() {
    const sheet = (name: 'units' | 'strength' | 'sides' | 'events') => html`<label for=${name}>${name}.csv</label>
      <textarea id=${name} spellcheck="false" .value=${this.sheets[name]} @input=${(e: Event) => this.edit(name, e)}></textarea>`;
    return html`<p class="illustrative">Illustrative data with generic names, not historical. Edit a cell: problems name the sheet, row and column.</p>
      <div class="grid">
        <div>${sheet('units')}${sheet('strength')}${sheet('sides')}${sheet('events')}</div>
        <div>
          <div class="status" role="status" aria-live="polite">
            ${this.result.ok ? 'Converted: the charts show it.' : 'Problems below; the charts keep the last version that converted.'}
          </div>
          ${report(this.result.problems)}
          ${
            this.shown
              ? html`<oob-dataset .data=${this.shown}>
                <oob-timeline></oob-timeline><oob-hierarchy></oob-hierarchy><oob-strength-chart></oob-strength-chart>
              </oob-dataset>`
              : nothing
          }
        </div>
      </div>`;
  }
}

/** An ORBAT Mapper scenario converted, with the report of what was left out; open your own scenario file to try it. */
@customElement('story-orbat-import')
export class StoryOrbatImport extends LitElement {
  static override styles = shared;
  /** The scenario shown first. */
  @property({ attribute: false }) scenario: unknown = SCENARIO;
  @state() private result: ImportResult | undefined;
  @state() private fileError = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scenario')) this.result = fromOrbatMapper(this.scenario);
  }

  private async open(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      this.scenario = JSON.parse(await file.text()) as unknown;
      this.fileError = '';
    } catch (error) {
      this.fileError = `${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  override render() {
    const result = this.result;
    return html`<p class="illustrative">The scenario shown first is illustrative, not historical. Open an ORBAT Mapper scenario file (.json) to convert your own; it stays in this page.</p>
      <label for="file">ORBAT Mapper scenario</label>
      <input id="file" type="file" accept=".json,application/json" @change=${this.open} />
      ${this.fileError ? html`<p class="error" role="alert">${this.fileError}</p>` : nothing}
      ${
        result?.parsed.ok
          ? html`<oob-dataset .data=${result.oob}>
            <oob-timeline></oob-timeline>
            <div class="grid"><oob-hierarchy></oob-hierarchy><oob-strength-chart></oob-strength-chart></div>
          </oob-dataset>`
          : html`<p class="error">The scenario did not convert to a valid dataset.</p>`
      }
      <h3>Conversion report</h3>
      ${report(result?.problems ?? [])}`;
  }
}

const meta: Meta = {
  title: 'Guides/Import',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** `fromCSV`: edit the sheets; the report locates each problem by sheet, row and column, and the charts follow each version that converts. */
export const SpreadsheetCsv: StoryObj = {
  name: 'Spreadsheet (CSV), live',
  render: () => html`<story-csv-import></story-csv-import>`,
};

/** `fromOrbatMapper`: sides, groups and units with their SIDCs, hierarchy moves on the timeline, personnel and equipment as strength. */
export const OrbatMapperScenario: StoryObj = {
  name: 'ORBAT Mapper scenario with the timeline',
  render: () => html`<story-orbat-import></story-orbat-import>`,
};

/** Sea-surface, subsurface and air codes are drawn by milsymbol, loaded on demand; the land battalion by the built-in symbols. */
export const NavalAndAirFromSidc: StoryObj = {
  name: 'Naval and air OOB from SIDCs',
  render:
    () => html`<p style="font: 600 14px system-ui, sans-serif; margin: 0 0 12px">Illustrative task force with generic names, not historical data. Every symbol comes from the unit's SIDC.</p>
    <oob-hierarchy .data=${NAVAL_AND_AIR} style="height: 520px"></oob-hierarchy>`,
};
