import { expect } from 'chai';
import fc from 'fast-check';
import {
  canonicalTimestamp,
  formatTimestamp,
  parseIsoTimestamp,
  parseLikeCPython,
  timestampToDate,
} from '../../src/core/timestamp.js';

// WIRE.md §2.4, observed with the reference (Python 3.11 datetime.fromisoformat after Z -> +00:00).
const table: { given: string; want: string | null }[] = [
  { given: '2026-02-05T14:30:00Z', want: '2026-02-05T14:30:00.000Z' },
  { given: '2026-02-05T14:30:00.5Z', want: '2026-02-05T14:30:00.500Z' },
  { given: '2026-02-05T14:30:00.123456Z', want: '2026-02-05T14:30:00.123Z' },
  { given: '2026-02-05T14:30:00.1239Z', want: '2026-02-05T14:30:00.123Z' },
  { given: '2026-02-05T14:30:00.123456789Z', want: '2026-02-05T14:30:00.123Z' },
  { given: '2026-02-05T16:30:00.000+02:00', want: '2026-02-05T16:30:00.000Z' },
  { given: '2026-02-05T14:30:00.000', want: '2026-02-05T14:30:00.000Z' },
  { given: '2026-02-05 14:30:00.000Z', want: '2026-02-05T14:30:00.000Z' },
  { given: '20260205T143000Z', want: '2026-02-05T14:30:00.000Z' },
  { given: '2026-02-05T14:30Z', want: '2026-02-05T14:30:00.000Z' },
  { given: '2026-02-05T14:30:00,5Z', want: '2026-02-05T14:30:00.500Z' },
  { given: '2026-02-05', want: '2026-02-05T00:00:00.000Z' },
  { given: '2026-02-05T14:30:00.000z', want: null },
  { given: '2026-W06-4T10:00Z', want: '2026-02-05T10:00:00.000Z' },
  { given: '2026-02-30T00:00:00Z', want: null },
  { given: '2026-02-05T24:00:00Z', want: null },
  { given: '2026-02-05T14:30:00+24:00', want: null },
  { given: '2026-02-05T14:30:00.000Zjunk', want: null },
  { given: '', want: null },
  // The reference prints with glibc strftime, whose %Y does not pad years below 1000.
  { given: '0999-12-31T23:59:59.999Z', want: '999-12-31T23:59:59.999Z' },
];

describe('core/timestamp', () => {
  describe('canonicalTimestamp: WIRE.md §2.4 table', () => {
    for (const row of table) {
      it(`${JSON.stringify(row.given)} -> ${row.want}`, () => {
        expect(canonicalTimestamp(row.given)).to.equal(row.want);
      });
    }
  });

  it('timestampToDate applies the offset and needs a zone', () => {
    expect(timestampToDate('2026-02-05T16:30:00.750+02:00')?.toISOString()).to.equal('2026-02-05T14:30:00.750Z');
    expect(timestampToDate('2099-12-31T23:59:59.999999+00:00')?.toISOString()).to.equal('2099-12-31T23:59:59.999Z');
    expect(timestampToDate('0099-01-01T00:00:00Z')?.toISOString()).to.equal('0099-01-01T00:00:00.000Z');
    expect(timestampToDate('2026-02-05T14:30:00')).to.equal(null);
  });

  it('formatTimestamp is ms-Z and its own canonical form (years 1000-9999)', () => {
    const dates = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (date) => {
        const text = formatTimestamp(date);
        expect(text).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        expect(canonicalTimestamp(text)).to.equal(text);
        expect(timestampToDate(text)?.getTime()).to.equal(date.getTime());
      }),
    );
    expect(() => formatTimestamp(new Date(Number.NaN))).to.throw(RangeError);
  });

  it('reads the ms-Z form exactly as the CPython port does, impossible dates included', () => {
    const digits = (count: number) => fc.stringMatching(new RegExp(`^[0-9]{${count}}$`));
    const msZ = fc
      .tuple(digits(4), digits(2), digits(2), digits(2), digits(2), digits(2), digits(3))
      .map(([y, mo, d, h, mi, s, ms]) => `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    const plausible = fc
      .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
      .map((date) => date.toISOString());
    fc.assert(
      fc.property(fc.oneof(msZ, plausible), (text) => {
        expect(parseIsoTimestamp(text)).to.deep.equal(parseLikeCPython(text));
      }),
      { numRuns: 2000 },
    );
    for (const text of ['0000-01-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', '2023-02-29T00:00:00.000Z']) {
      expect(parseIsoTimestamp(text)).to.deep.equal(parseLikeCPython(text));
    }
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        canonicalTimestamp(text);
        timestampToDate(text);
      }),
    );
  });
});
