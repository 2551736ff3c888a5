import { expect } from 'chai';
import { compileQuietHours, isTimeZone } from '../../src/wake/quiet-hours.js';

type Row = { at: string; local: string; active: boolean };

function table(name: string, window: Parameters<typeof compileQuietHours>[0], rows: Row[]) {
  describe(name, () => {
    const quiet = compileQuietHours(window);
    for (const row of rows) {
      it(`${row.at} is ${row.local} local: ${row.active ? 'inside' : 'outside'}`, () => {
        expect(quiet.at(new Date(row.at))).to.deep.equal({ localTime: row.local, active: row.active });
      });
    }
  });
}

describe('quiet hours', () => {
  table('22:00-07:00 across midnight, UTC by default', { start: '22:00', end: '07:00' }, [
    { at: '2026-03-01T21:59:59.999Z', local: '21:59', active: false },
    { at: '2026-03-01T22:00:00.000Z', local: '22:00', active: true },
    { at: '2026-03-01T23:59:00.000Z', local: '23:59', active: true },
    { at: '2026-03-02T00:00:00.000Z', local: '00:00', active: true },
    { at: '2026-03-02T06:59:59.000Z', local: '06:59', active: true },
    { at: '2026-03-02T07:00:00.000Z', local: '07:00', active: false },
    { at: '2026-03-02T12:00:00.000Z', local: '12:00', active: false },
  ]);

  table('12:00-13:30 within a day', { zone: 'UTC', start: '12:00', end: '13:30' }, [
    { at: '2026-03-01T11:59:00.000Z', local: '11:59', active: false },
    { at: '2026-03-01T12:00:00.000Z', local: '12:00', active: true },
    { at: '2026-03-01T13:29:00.000Z', local: '13:29', active: true },
    { at: '2026-03-01T13:30:00.000Z', local: '13:30', active: false },
    { at: '2026-03-01T00:00:00.000Z', local: '00:00', active: false },
  ]);

  // UTC+9 all year: 22:00-07:00 in Tokyo is 13:00-22:00 UTC.
  table('22:00-07:00 in Asia/Tokyo', { zone: 'Asia/Tokyo', start: '22:00', end: '07:00' }, [
    { at: '2026-03-01T12:59:00.000Z', local: '21:59', active: false },
    { at: '2026-03-01T13:00:00.000Z', local: '22:00', active: true },
    { at: '2026-03-01T15:00:00.000Z', local: '00:00', active: true },
    { at: '2026-03-01T21:59:00.000Z', local: '06:59', active: true },
    { at: '2026-03-01T22:00:00.000Z', local: '07:00', active: false },
    { at: '2026-03-01T23:00:00.000Z', local: '08:00', active: false },
  ]);

  // Clocks go forward on 2026-03-08 at 02:00 (EST, UTC-5 → EDT, UTC-4) and back on 2026-11-01 at 02:00.
  table(
    '22:00-07:00 in America/New_York across the March change',
    { zone: 'America/New_York', start: '22:00', end: '07:00' },
    [
      { at: '2026-03-07T03:00:00.000Z', local: '22:00', active: true },
      { at: '2026-03-07T11:30:00.000Z', local: '06:30', active: true },
      { at: '2026-03-08T03:00:00.000Z', local: '22:00', active: true },
      { at: '2026-03-08T06:59:00.000Z', local: '01:59', active: true },
      { at: '2026-03-08T07:00:00.000Z', local: '03:00', active: true },
      { at: '2026-03-08T10:59:00.000Z', local: '06:59', active: true },
      // The same UTC time as the day before is an hour later in local time: out of the window now.
      { at: '2026-03-08T11:30:00.000Z', local: '07:30', active: false },
      { at: '2026-03-09T02:00:00.000Z', local: '22:00', active: true },
      { at: '2026-03-09T01:59:00.000Z', local: '21:59', active: false },
    ],
  );

  table(
    '01:30-02:30 in America/New_York, a window the March change cuts short',
    { zone: 'America/New_York', start: '01:30', end: '02:30' },
    [
      { at: '2026-03-08T06:29:00.000Z', local: '01:29', active: false },
      { at: '2026-03-08T06:45:00.000Z', local: '01:45', active: true },
      // 02:00 EST is 03:00 EDT: the window ends half an hour early.
      { at: '2026-03-08T07:00:00.000Z', local: '03:00', active: false },
    ],
  );

  table(
    '01:00-02:00 in America/New_York, a window the November change runs twice',
    { zone: 'America/New_York', start: '01:00', end: '02:00' },
    [
      { at: '2026-11-01T04:59:00.000Z', local: '00:59', active: false },
      { at: '2026-11-01T05:30:00.000Z', local: '01:30', active: true },
      { at: '2026-11-01T06:30:00.000Z', local: '01:30', active: true },
      { at: '2026-11-01T07:00:00.000Z', local: '02:00', active: false },
    ],
  );

  it('knows IANA zone names and refuses others', () => {
    for (const zone of ['UTC', 'Europe/Paris', 'Asia/Tokyo', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5']) {
      expect(isTimeZone(zone), zone).to.equal(true);
    }
    for (const zone of ['Mars/Olympus', 'Europe/Pariss', 'GMT+25']) expect(isTimeZone(zone), zone).to.equal(false);
  });
});
