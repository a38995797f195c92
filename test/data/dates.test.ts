import { expect } from '@open-wc/testing';
import { DateCache, mustParseDate, parseDate, toInstant } from '../../src/data/dates.js';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;

describe('parseDate', () => {
  it("parseDate('1945') covers the whole year at year precision", () => {
    expect(parseDate('1945')).to.deep.equal({
      text: '1945',
      precision: 'year',
      approximate: false,
      uncertain: false,
      start: utc(1945, 1, 1),
      end: utc(1946, 1, 1) - 1,
      interval: false,
    });
  });

  it("parseDate('1945-09') covers the month at month precision", () => {
    const date = parseDate('1945-09');
    expect([date?.precision, date?.start, date?.end]).to.deep.equal(['month', utc(1945, 9, 1), utc(1945, 10, 1) - 1]);
  });

  // Regression: "1945-12" once ended on 1944-12-31 (month 12 rolled into year 2001 before the year was set).
  it("parseDate('1945-12') ends on the last instant of the year", () => {
    expect(parseDate('1945-12')?.end).to.equal(utc(1946, 1, 1) - 1);
  });

  it("parseDate('1945-01/1945-12') is a valid interval ending with the year", () => {
    expect(parseDate('1945-01/1945-12')?.end).to.equal(utc(1946, 1, 1) - 1);
  });

  it("parseDate('1945-09-15') covers one day at day precision", () => {
    const date = parseDate('1945-09-15');
    expect([date?.precision, date?.start, date?.end]).to.deep.equal(['day', utc(1945, 9, 15), utc(1945, 9, 15) + DAY - 1]);
  });

  it("parseDate('1946~') is approximate, '1946?' uncertain and '1946%' both", () => {
    const flags = (text: string) => {
      const date = parseDate(text);
      return [date?.approximate, date?.uncertain];
    };
    expect(flags('1946~')).to.deep.equal([true, false]);
    expect(flags('1946?')).to.deep.equal([false, true]);
    expect(flags('1946%')).to.deep.equal([true, true]);
    expect(flags('1946-05-01~')).to.deep.equal([true, false]);
  });

  it("parseDate('1946/1947-06') is an interval from the first start to the last end", () => {
    const date = parseDate('1946/1947-06');
    expect([date?.interval, date?.precision, date?.start, date?.end]).to.deep.equal([true, 'year', utc(1946, 1, 1), utc(1947, 7, 1) - 1]);
  });

  it('parseDate carries approximate and uncertain flags of either end of an interval', () => {
    expect(parseDate('1946~/1947')?.approximate).to.equal(true);
    expect(parseDate('1946/1947?')?.uncertain).to.equal(true);
  });

  it('parseDate accepts an interval within one day and the leap day of a leap year', () => {
    expect(parseDate('1945-09-15/1945-09-15')?.interval).to.equal(true);
    expect(parseDate('1944-02-29')?.precision).to.equal('day');
  });

  it('parseDate handles years before 100 and before the common era', () => {
    expect(new Date(parseDate('0044')?.start ?? 0).getUTCFullYear()).to.equal(44);
    expect(new Date(parseDate('-0044-03-15')?.start ?? 0).getUTCFullYear()).to.equal(-44);
  });

  for (const text of [
    '',
    '45',
    '19450',
    '1945-13',
    '1945-00',
    '1945-02-29',
    '1945-04-31',
    '1945-9',
    '1945-09-1',
    '1945~~',
    '~1945',
    'c. 1945',
    '1945/',
    '/1945',
    '1947/1946',
    '1945/1946/1947',
    '1945-09-15T10:00',
    ' 1945',
    '1'.repeat(65),
  ]) {
    it(`parseDate(${JSON.stringify(text.length > 20 ? `${text.slice(0, 10)}…` : text)}) returns undefined`, () => {
      expect(parseDate(text)).to.equal(undefined);
    });
  }

  it('parseDate returns undefined for a non-string given from untyped code', () => {
    expect(parseDate(1945 as unknown as string)).to.equal(undefined);
  });

  it("parseDate agrees with Date's calendar on every day 00 to 32 of every month 00 to 13 of years around 0, 100, 1900, 2000", () => {
    // The reference: Date's own calendar, whose rolled-over days (1945-02-30 is 2 March) are not dates.
    const reference = (year: number, month: number, day: number): number | undefined => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() : undefined;
    };
    const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
    const disagreements: string[] = [];
    for (const year of [
      -401, -400, -101, -100, -5, -4, -1, 0, 1, 4, 99, 100, 101, 399, 400, 1600, 1899, 1900, 1944, 1945, 2000, 2100, 9999,
    ]) {
      const yearText = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${yearText}-${pad(month, 2)}-${pad(day, 2)}`;
          if (parseDate(text)?.start !== reference(year, month, day)) disagreements.push(text);
        }
      }
    }
    expect(disagreements).to.deep.equal([]);
  });
});

describe('DateCache', () => {
  it('DateCache.parse parses each text once and remembers valid dates in first-seen order', () => {
    const cache = new DateCache();
    const first = cache.parse('1946');
    expect(first).to.deep.equal(parseDate('1946'));
    expect(cache.parse('1946')).to.equal(first);
    expect(cache.parse('1945-02-30')).to.equal(undefined);
    expect(cache.parse('1945-02-30')).to.equal(undefined);
    cache.parse('1945');
    expect([...cache.valid.keys()]).to.deep.equal(['1946', '1945']);
  });

  it('two DateCaches share nothing', () => {
    const one = new DateCache();
    const other = new DateCache();
    const date = one.parse('1946-05');
    expect(other.valid.size).to.equal(0);
    expect(other.parse('1946-05')).to.not.equal(date);
  });
});

describe('mustParseDate and toInstant', () => {
  it('mustParseDate throws a RangeError naming an invalid date', () => {
    expect(() => mustParseDate('1945-13')).to.throw(RangeError, /"1945-13"/);
  });

  it('mustParseDate returns the parsed date of a valid string', () => {
    expect(mustParseDate('1945').precision).to.equal('year');
  });

  it('toInstant(number | Date | string) is the number, the time, or the start of the date', () => {
    expect(toInstant(42)).to.equal(42);
    expect(toInstant(new Date(utc(1945, 1, 2)))).to.equal(utc(1945, 1, 2));
    expect(toInstant('1945-09')).to.equal(utc(1945, 9, 1));
  });
});
