import { expect } from '@open-wc/testing';
import { parseOrderOfBattle } from '../../../src/data/parse.js';
import { fromCSV } from '../../../src/data/import/index.js';
import type { ImportProblem } from '../../../src/data/import/index.js';

const SIDES = 'id,name,affiliation\nblue,Blue,friend\nred,Red,hostile\n';
const UNITS = [
  'id,parent,name,echelon,arm,side,formed,dissolved,commander,source,locator,name:fr,x-colour',
  'corps,,I Corps,corps,combined-arms,blue,1900-03,,Gen. A,notes,p. 1,Ier corps,blue',
  'div1,corps,1st Division,division,infantry,,1900-03,,Col. B,notes,p. 2,,',
  'div2,corps,2nd Division,division,infantry,,1900-03,1902-06,Gen. A,,,,',
  'red,,Red Army,army,,red,1899,,,,,,',
].join('\n');
const STRENGTH = [
  'id,measure,subject,date,value,min,max,approximate,interpretation,qualifier,disputes,citationNeeded',
  's1,personnel,corps,1900-06,"24,000",,,,,strength,,',
  's2,personnel,corps,1901-06,,20000,26000,,,,,yes',
  's3,artillery,corps,1901-06,40,,,some forty guns,read as 40,,,',
  's4,personnel,red,1901-06,,60000,90000,a much larger army,read as 60000 to 90000,estimated,s1,no',
].join('\n');

/** Problems as [file, row, column, header, code] for compact comparison. */
const where = (problems: ImportProblem[]) => problems.map((p) => [p.file, p.row, p.column, p.header, p.code]);

describe('fromCSV: good sheets', () => {
  it('builds a dataset that parseOrderOfBattle accepts, with every column in its field', () => {
    const result = fromCSV({ units: UNITS, strength: STRENGTH, sides: SIDES, meta: { title: 'Test corps' } });
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.parsed.ok).to.equal(true);
    const { oob } = result;
    expect(oob.meta).to.deep.equal({ title: 'Test corps', defaultLang: 'en', perspective: 'blue' });
    expect(oob.units[0]).to.deep.equal({
      id: 'corps',
      name: 'I Corps',
      names: [{ text: 'Ier corps', lang: 'fr' }],
      echelon: 'corps',
      arm: 'combined-arms',
      side: 'blue',
      formed: '1900-03',
      citations: [{ source: 'notes', locator: 'p. 1' }],
      'x-colour': 'blue',
    });
    expect(oob.units[2]?.dissolved).to.equal('1902-06');
    // Without a sources sheet, each distinct `source` cell is a source of that name.
    expect(oob.sources).to.deep.equal([{ id: 'notes', title: 'notes' }]);
    // One person per distinct commander name, one role per unit.
    expect(oob.people).to.deep.equal([
      { id: 'person-1', name: 'Gen. A' },
      { id: 'person-2', name: 'Col. B' },
    ]);
    expect(oob.roles?.map((r) => [r.person, r.unit, r.type])).to.deep.equal([
      ['person-1', 'corps', 'commander'],
      ['person-2', 'div1', 'commander'],
      ['person-1', 'div2', 'commander'],
    ]);
    expect(oob.strength?.map((s) => s.value)).to.deep.equal([
      24000,
      { min: 20000, max: 26000 },
      { approximate: 'some forty guns', value: 40, interpretation: 'read as 40' },
      { approximate: 'a much larger army', min: 60000, max: 90000, interpretation: 'read as 60000 to 90000' },
    ]);
    expect(oob.strength?.[1]?.citationNeeded).to.equal(true);
    expect(oob.strength?.[3]).to.include({ qualifier: 'estimated', citationNeeded: false });
    expect(oob.strength?.[3]?.disputes).to.deep.equal(['s1']);
  });

  it('round-trips: the JSON written parses to the same dataset', () => {
    const { oob, parsed } = fromCSV({ units: UNITS, strength: STRENGTH, sides: SIDES });
    const again = parseOrderOfBattle(JSON.stringify(oob));
    expect(again.ok && parsed.ok).to.equal(true);
    if (!again.ok || !parsed.ok) return;
    expect(again.dataset.source).to.deep.equal(parsed.dataset.source);
    expect([...again.dataset.unitsById.keys()]).to.deep.equal(['corps', 'div1', 'div2', 'red']);
  });

  it('reads dated changes onto their unit, with "none" as parent for a new top-level unit', () => {
    const changes =
      'unit,date,type,name,parent,description\ndiv1,1901,redesignated,1st Guards Division,,renamed\ndiv2,1901-05,reassigned,,none,\n';
    const units =
      'id,parent,name,echelon,side\ncorps,,I Corps,corps,blue\ndiv1,corps,1st Division,division,\ndiv2,corps,2nd Division,division,red\n';
    const result = fromCSV({ units, changes, sides: SIDES });
    expect(result.problems).to.deep.equal([]);
    expect(result.oob.units[1]?.changes).to.deep.equal([
      { date: '1901', type: 'redesignated', to: { name: '1st Guards Division' }, description: 'renamed' },
    ]);
    expect(result.oob.units[2]?.changes).to.deep.equal([{ date: '1901-05', type: 'reassigned', to: { parent: null } }]);
  });

  it('reads events, with lists of units and sides, for the timeline', () => {
    const events = 'type,date,title,units,sides,place\nbattle,1901-06,A battle,corps; div1,blue red,A river\nother,1902,Peace,,,\n';
    const result = fromCSV({ units: UNITS, sides: SIDES, events });
    expect(result.problems).to.deep.equal([]);
    expect(result.oob.events).to.deep.equal([
      {
        id: 'row-2',
        type: 'battle',
        date: '1901-06',
        title: 'A battle',
        place: 'A river',
        units: ['corps', 'div1'],
        sides: ['blue', 'red'],
      },
      { id: 'row-3', type: 'other', date: '1902', title: 'Peace' },
    ]);
    const bad = fromCSV({ units: UNITS, sides: SIDES, events: 'type,date,title,units\nbattle,1901,A battle,nope\n' });
    expect(where(bad.problems)).to.deep.equal([['events', 2, 'D', 'units', 'dangling-reference']]);
  });

  it('reads semicolon sheets with a byte-order mark, CRLF line ends, quoted line breaks and case-insensitive headers', () => {
    const units = '\ufeffID;Parent;Name;Echelon;Subject Label\r\n';
    expect(fromCSV({ units }).problems.map((p) => p.code)).to.deep.equal(['unknown-column']);
    const sheet = '\ufeffID;Parent;Name;Echelon\r\nc;;"I\r\nCorps";corps\r\n\r\nd;c;Div;division\r\n';
    const result = fromCSV({ units: sheet });
    expect(result.ok).to.equal(true);
    expect(result.oob.units.map((u) => u.name)).to.deep.equal(['I\r\nCorps', 'Div']);
  });

  it('counts rows as a spreadsheet does: blank rows and quoted line breaks keep the numbering', () => {
    const sheet = 'id,parent,name,echelon\nc,,"I\nCorps",corps\n\nd,c,Div,divison\n';
    const result = fromCSV({ units: sheet });
    expect(where(result.problems)).to.deep.equal([['units', 4, 'D', 'echelon', 'unknown-value']]);
  });

  it('parses the illustrative template sheets in examples/import without a problem', async () => {
    const read = async (name: string) => (await fetch(`/examples/import/${name}.csv`)).text();
    const sheets = {
      units: await read('units'),
      strength: await read('strength'),
      sides: await read('sides'),
      changes: await read('changes'),
      events: await read('events'),
    };
    const result = fromCSV(sheets);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.oob.units.length).to.be.greaterThan(4);
    expect(result.oob.strength?.length).to.be.greaterThan(2);
    expect(result.oob.events?.length).to.be.greaterThan(1);
  });
});

describe('fromCSV: problems with their row and column', () => {
  const units = (rows: string[], header = 'id,parent,name,echelon,side') => [header, ...rows].join('\n');

  it('csv-syntax: a quote left open, and a row with more cells than the header', () => {
    expect(where(fromCSV({ units: units(['a,,"A,division']) }).problems).slice(0, 1)).to.deep.equal([
      ['units', 2, undefined, undefined, 'csv-syntax'],
    ]);
    expect(where(fromCSV({ units: units(['a,,A,division,,extra']) }).problems)).to.deep.equal([['units', 2, 'F', undefined, 'csv-syntax']]);
  });

  it('missing-column once for the sheet, not once per row', () => {
    const result = fromCSV({ units: 'id,parent,name\na,,A\nb,a,B\n' });
    expect(where(result.problems)).to.deep.equal([['units', 1, undefined, undefined, 'missing-column']]);
    expect(result.problems[0]?.message).to.contain('"echelon"');
    expect(result.ok).to.equal(false);
  });

  it('unknown-column, with the nearest field name', () => {
    const result = fromCSV({ units: units(['a,,A,division,'], 'id,parnet,name,echelon,side') });
    expect(where(result.problems)).to.deep.equal([['units', 1, 'B', 'parnet', 'unknown-column']]);
    expect(result.problems[0]?.message).to.contain('did you mean "parent"?');
  });

  it('duplicate-column', () => {
    const result = fromCSV({ units: units(['a,,A,division,b'], 'id,parent,name,echelon,name') });
    expect(where(result.problems)).to.deep.equal([['units', 1, 'E', 'name', 'duplicate-column']]);
  });

  it('not-a-number and not-a-boolean', () => {
    const strength = 'measure,subject,date,value,citationNeeded\npersonnel,a,1900,about 5,maybe\n';
    const result = fromCSV({ units: units(['a,,A,division,']), strength });
    expect(where(result.problems).slice(0, 2)).to.deep.equal([
      ['strength', 2, 'D', 'value', 'not-a-number'],
      ['strength', 2, 'E', 'citationNeeded', 'not-a-boolean'],
    ]);
  });

  it('invalid-value: a sidc that is not 20 digits is kept, with a warning', () => {
    const letters = fromCSV({ units: units(['a,,A,division,SFGPUCI----D'], 'id,parent,name,echelon,sidc') });
    expect(where(letters.problems)).to.deep.equal([['units', 2, 'E', 'sidc', 'invalid-value']]);
    expect(letters.problems[0]?.severity).to.equal('warning');
    expect(letters.ok).to.equal(true);
    expect(letters.oob.units[0]?.sidc).to.equal('SFGPUCI----D');
    expect(fromCSV({ units: units(['a,,A,division,10031000211211000000'], 'id,parent,name,echelon,sidc') }).problems).to.deep.equal([]);
  });

  it('unknown-unit: a change for a unit that is not in the units sheet', () => {
    const result = fromCSV({ units: units(['a,,A,division,']), changes: 'unit,date,type\nzz,1900,disbanded\n' });
    expect(where(result.problems)).to.deep.equal([['changes', 2, 'A', 'unit', 'unknown-unit']]);
  });

  it('side-created is a warning that points at the side cell; the dataset still parses', () => {
    const result = fromCSV({ units: units(['a,,A,division,blue']) });
    expect(where(result.problems)).to.deep.equal([['units', 2, 'E', 'side', 'side-created']]);
    expect(result.problems[0]?.severity).to.equal('warning');
    expect(result.ok).to.equal(true);
    expect(result.oob.sides).to.deep.equal([{ id: 'blue', name: 'blue', affiliation: 'unknown' }]);
  });

  it("parseOrderOfBattle's problems are located at the cell they come from", () => {
    const result = fromCSV({
      units: units(['a,,A,divison,blue', 'b,nope,B,brigade,', 'c,a,C,brigade,'], 'id,parent,name,echelon,side'),
      sides: SIDES,
      changes: 'unit,date,type,parent\nc,1900-13,reassigned,b\n',
      strength: 'measure,subject,date,min,max,approximate,source\npersonnel,a,1900,9000,8000,,\npersonnel,a,1901,1,2,a few,\n',
      sources: 'id,title\nnotes,Notes\n',
    });
    expect(where(result.problems)).to.deep.equal([
      ['units', 2, 'D', 'echelon', 'unknown-value'],
      ['strength', 2, 'D', 'min', 'range-inverted'],
      // The sheet has no interpretation column: the row is given, not a neighbouring column.
      ['strength', 3, undefined, undefined, 'missing-field'],
      ['changes', 2, 'B', 'date', 'invalid-date'],
      ['units', 3, 'B', 'parent', 'dangling-reference'],
    ]);
    expect(result.problems.map((p) => p.path)).to.deep.equal([
      '/units/0/echelon',
      '/strength/0/value',
      '/strength/1/value/interpretation',
      '/units/2/changes/0/date',
      '/units/1/parent',
    ]);
  });

  it('a citation naming a source missing from the sources sheet points at the source column', () => {
    const result = fromCSV({ units: 'id,name,echelon,source\na,A,army,nope\n', sources: 'id,title\nnotes,Notes\n' });
    expect(where(result.problems)).to.deep.equal([['units', 2, 'D', 'source', 'dangling-reference']]);
  });
});
