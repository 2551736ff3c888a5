import { expect } from 'chai';
import fc from 'fast-check';
import { isStateError } from '../../src/state/errors.js';
import { storageTimestamp } from '../../src/state/time.js';

describe('state/time storageTimestamp', () => {
  const cases = [
    { name: 'ms-Z unchanged', given: '2026-02-05T14:30:00.123Z', want: '2026-02-05T14:30:00.123Z' },
    { name: 'python isoformat +00:00', given: '2026-02-05T14:30:00.123456+00:00', want: '2026-02-05T14:30:00.123Z' },
    { name: 'isoformat without fraction', given: '2026-02-05T00:00:00+00:00', want: '2026-02-05T00:00:00.000Z' },
    { name: 'sqlite datetime (UTC, no zone)', given: '2026-02-05 14:30:00', want: '2026-02-05T14:30:00.000Z' },
    { name: 'offset converted to UTC', given: '2026-02-05T16:30:00.000+02:00', want: '2026-02-05T14:30:00.000Z' },
    { name: 'negative offset without colon', given: '2026-02-05T09:30:00-0500', want: '2026-02-05T14:30:00.000Z' },
    { name: 'nanoseconds truncated', given: '2026-02-05T14:30:00.999999999Z', want: '2026-02-05T14:30:00.999Z' },
    { name: 'minutes only', given: '2026-02-05T14:30Z', want: '2026-02-05T14:30:00.000Z' },
    { name: 'offset crossing midnight', given: '2026-01-01T00:30:00+01:00', want: '2025-12-31T23:30:00.000Z' },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => {
      expect(storageTimestamp(given)).to.equal(want);
    });
  }

  for (const bad of ['2026-02-30T00:00:00Z', '2026-02-05', 'yesterday', '2026-02-05T14:30:00.000z', '']) {
    it(`rejects ${JSON.stringify(bad)}`, () => {
      expect(() => storageTimestamp(bad))
        .to.throw()
        .that.satisfies((e: unknown) => isStateError(e, 'INVALID_ARGUMENT'));
    });
  }

  it('is the identity on every Date#toISOString value and sorts like time', () => {
    const date = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [x, y] = [storageTimestamp(a.toISOString()), storageTimestamp(b.toISOString())];
        expect(x).to.equal(a.toISOString());
        expect(Math.sign(x.localeCompare(y, 'en'))).to.equal(Math.sign(a.getTime() - b.getTime()));
      }),
    );
  });
});
