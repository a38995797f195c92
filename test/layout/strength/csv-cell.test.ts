import { expect } from '@open-wc/testing';
import { csvCell } from '../../../src/layout/strength/index.js';

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
  it('csvCell writes numbers and booleans plainly, and nothing for empty values', () => {
    expect([14000, -5, Number.NaN, true, null, undefined].map(csvCell)).to.deep.equal(['14000', '-5', '', 'true', '', '']);
  });
});
