// The DateTime scalar formats times itself (common/scalars.ts isoString); it must write exactly
// what Date.prototype.toISOString writes, for every time a client can be given.
import { DateTime, isoString } from '../../common/scalars.js';
import { Rng } from '../../common/random.js';

describe('isoString', () => {
  it('equals toISOString for 200,000 random times from 1970 to 9999, in and out of order', () => {
    const rng = new Rng(20261124);
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const ms = Math.floor(rng.next() * 253_402_300_800_000);
      const expected = new Date(ms).toISOString();
      if (isoString(ms) !== expected) wrong.push(`${ms}: ${isoString(ms)} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('equals toISOString at the edges: epoch, day and year ends, leap days, milliseconds, negative and six-digit years', () => {
    const edges = [0, 1, 999, 1000, 86_399_999, 86_400_000, Date.parse('2024-02-29T23:59:59.999Z'), Date.parse('2024-03-01T00:00:00Z'), 253_402_300_799_999, 253_402_300_800_000, -1, -86_400_001, 8.64e15];
    for (const ms of edges) expect(isoString(ms)).toBe(new Date(ms).toISOString());
    // A series in order, as the series resolver gives it: the cached date part must roll over.
    for (let ms = Date.parse('2025-12-31T22:00:00Z'); ms < Date.parse('2026-01-01T03:00:00Z'); ms += 900_000) expect(isoString(ms)).toBe(new Date(ms).toISOString());
  });

  it('equals toISOString for every day from 1970 to 2400 in order, as a daily series asks (month, year and leap-day ends)', () => {
    const wrong: string[] = [];
    for (let ms = Date.parse('1970-01-01T18:30:00Z'); ms < Date.parse('2400-12-31T00:00:00Z'); ms += 86_400_000) {
      const expected = new Date(ms).toISOString();
      if (isoString(ms) !== expected) wrong.push(`${isoString(ms)} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is what DateTime serializes a Date to', () => {
    const d = new Date('2026-03-29T01:30:00.250Z');
    expect(DateTime.serialize(d)).toBe('2026-03-29T01:30:00.250Z');
    expect(() => DateTime.serialize(new Date(Number.NaN))).toThrow();
  });
});
