import { expect } from '@open-wc/testing';
import { strengthSeries } from '../../../src/data/strength-series.js';
import { csvCell, STRENGTH_CSV_HEADER, strengthCSV, toCSV } from '../../../src/layout/strength/csv.js';
import { load } from '../../fixtures/load.js';

describe('csvCell', () => {
  it('csvCell quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('two\nlines')).to.equal('"two\nlines"');
    expect(csvCell('plain')).to.equal('plain');
  });
  it('csvCell guards against formula injection with a leading quote', () => {
    expect(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx'].map(csvCell)).to.deep.equal(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx"]);
    expect(csvCell('=HYPERLINK("x","y")')).to.equal('"\'=HYPERLINK(""x"",""y"")"');
  });
  it('csvCell guards a formula behind leading whitespace (spreadsheets trim it before reading)', () => {
    expect([' =1+1', '  +cmd', ' -2+3', '\u00a0@SUM(A1)', ' \tx', '\n=1'].map(csvCell)).to.deep.equal([
      "' =1+1",
      "'  +cmd",
      "' -2+3",
      "'\u00a0@SUM(A1)",
      "' \tx",
      '"\'\n=1"',
    ]);
    expect(csvCell(' plain')).to.equal(' plain');
    expect(csvCell('a=b')).to.equal('a=b');
  });
  it('csvCell writes numbers and booleans plainly, and nothing for empty values', () => {
    expect([14000, -5, Number.NaN, true, null, undefined].map(csvCell)).to.deep.equal(['14000', '-5', '', 'true', '', '']);
  });
});

describe('toCSV', () => {
  it('toCSV(rows) joins cells with commas and records with CRLF', () => {
    expect(
      toCSV([
        ['a', 'b'],
        [1, 'x,y'],
      ]),
    ).to.equal('a,b\r\n1,"x,y"\r\n');
  });
  it('toCSV([]) is empty', () => {
    expect(toCSV([])).to.equal('');
  });
});

describe('strengthCSV', () => {
  const dataset = load();
  const sideName = (id: string) => dataset.sidesById.get(id)?.name ?? id;

  it('strengthCSV(points) writes a header and one CRLF record per observation', () => {
    const points = strengthSeries(dataset, { measure: 'personnel', side: 'etr' });
    const lines = strengthCSV(points, sideName).split('\r\n');
    expect(lines[0]).to.equal(STRENGTH_CSV_HEADER.join(','));
    expect(lines.length).to.equal(points.length + 2);
    expect(lines[lines.length - 1]).to.equal('');
  });

  it('strengthCSV keeps ranges, qualifiers, disputes and sources', () => {
    const [enlisted] = strengthSeries(dataset, { measure: 'personnel' }).filter((p) => p.id === 'ina-enlisted');
    const row = strengthCSV([enlisted!], sideName).split('\r\n')[1] ?? '';
    expect(
      row.startsWith(
        'ina-enlisted,personnel,ina,East Turkistan National Army,etr,Second East Turkestan Republic,1945-04-08/1946-06-06,8 Apr 1945–6 Jun 1946,1945-04-08,1946-06-06,range,27500,25000,30000,,,enlisted,ina-infantry-infobox,false,',
      ),
    ).to.equal(true);
    expect(row).to.contain('Ili National Army, body');
  });

  it('strengthCSV marks citation-needed figures and quotes text with commas', () => {
    const kmt = strengthSeries(dataset, { measure: 'personnel', side: 'kmt' }).find((p) => p.id === 'kmt-divisions-1945-09');
    const row = strengthCSV([kmt!], sideName).split('\r\n')[1] ?? '';
    expect(row).to.contain(
      ',approximate,25000,25000,25000,"around 25,000","""around 25,000"" drawn as 25,000, marked approximate",strength,,true,',
    );
  });
});
