import { expect } from '@open-wc/testing';
import { runCli, USAGE } from '../../../src/data/import/cli.js';
import { exerciseScenario } from './orbat-scenario.js';

const FILES: Record<string, string> = {
  'units.csv': 'id,parent,name,echelon,side\nc,,I Corps,corps,blue\nd,c,1st Division,division,\n',
  'bad.csv': 'id,parent,name,echelon\nc,,I Corps,divison\n',
  'sides.csv': 'id,name,affiliation\nblue,Blue,friend\n',
  'strength.csv': 'measure,subject,date,value\npersonnel,c,1900,"12,000"\n',
  'scenario.json': JSON.stringify(exerciseScenario()),
  'broken.json': '{ "type": ',
};
const read = (path: string): string => {
  const text = FILES[path];
  if (text === undefined) throw new Error('ENOENT: no such file');
  return text;
};

describe('oob-charts convert (runCli)', () => {
  it('converts CSV sheets: the dataset on stdout, exit 0, nothing on stderr', () => {
    const outcome = runCli(
      ['convert', 'units.csv', '--sides', 'sides.csv', '--strength=strength.csv', '--title', 'My corps', '--lang', 'fr'],
      read,
    );
    expect(outcome.stderr).to.equal('');
    expect(outcome.code).to.equal(0);
    const oob = JSON.parse(outcome.stdout);
    expect(oob.meta).to.deep.equal({ title: 'My corps', defaultLang: 'fr', perspective: 'blue' });
    expect(oob.units.map((u: { id: string }) => u.id)).to.deep.equal(['c', 'd']);
    expect(oob.strength[0].value).to.equal(12000);
  });

  it('reads a .json input as an ORBAT Mapper scenario; warnings go to stderr, exit 0', () => {
    const outcome = runCli(['convert', 'scenario.json'], read);
    expect(outcome.code).to.equal(0);
    expect(JSON.parse(outcome.stdout).meta.title).to.equal('Illustrative exercise');
    expect(outcome.stderr).to.contain('warning not-mapped at /settings');
  });

  it('writes to --out instead of stdout', () => {
    const outcome = runCli(['convert', 'units.csv', '-o', 'army.json'], read);
    expect(outcome.stdout).to.equal('');
    expect(outcome.file?.path).to.equal('army.json');
    expect(JSON.parse(outcome.file?.text ?? '').units.length).to.equal(2);
  });

  it('exits 1 with the problems located in the sheet, and still writes the dataset', () => {
    const outcome = runCli(['convert', 'bad.csv'], read);
    expect(outcome.code).to.equal(1);
    expect(outcome.stderr).to.contain('error unknown-value at units row 2, column D (echelon)');
    expect(outcome.stderr).to.contain('1 error(s)');
    expect(JSON.parse(outcome.stdout).units[0].echelon).to.equal('divison');
  });

  it('exits 1 when a scenario is not JSON', () => {
    const outcome = runCli(['convert', 'broken.json'], read);
    expect(outcome.code).to.equal(1);
    expect(outcome.stderr).to.match(/broken\.json is not JSON/);
  });

  it('exits 2 on bad usage or an unreadable file, with the usage', () => {
    for (const argv of [
      [],
      ['export', 'units.csv'],
      ['convert'],
      ['convert', 'units.csv', 'more.csv'],
      ['convert', 'units.csv', '--strenght', 'x'],
      ['convert', 'units.csv', '--sides'],
    ]) {
      const outcome = runCli(argv, read);
      expect(outcome.code, argv.join(' ')).to.equal(2);
      expect(outcome.stderr).to.contain(USAGE);
    }
    const missing = runCli(['convert', 'units.csv', '--strength', 'nope.csv'], read);
    expect([missing.code, missing.stderr]).to.deep.equal([2, 'oob-charts: cannot read nope.csv: ENOENT: no such file\n']);
  });

  it('--help prints the usage and exits 0', () => {
    expect(runCli(['--help'], read)).to.deep.equal({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
  });
});
