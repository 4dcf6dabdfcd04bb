// Working calendars of the two EnMS factories: weekends, public holidays and shutdowns are what
// make daily production swing, and that swing is what lets a regression tell production's
// share of energy apart from the weather's.
import { addDays, isoWeekdayOf } from './time-zones.js';
import { DEMO_FACTORY, EU_FACTORY } from './sites.js';

/** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The n-th (1-based; -1 = last) given ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  if (n > 0) {
    const offset = (weekday - isoWeekdayOf(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  const nextFirst = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  const last = addDays(nextFirst, -1);
  return addDays(last, -((isoWeekdayOf(last) - weekday + 7) % 7));
}

const holidayCache = new Map<string, Map<string, string>>();

/** Date → holiday or shutdown name for a factory and year. */
export function holidays(siteCode: string, year: number): Map<string, string> {
  const key = `${siteCode}/${year}`;
  let map = holidayCache.get(key);
  if (map) return map;
  map = new Map<string, string>();
  const y = String(year);
  const set = (date: string, name: string) => map!.set(date, name);
  for (let d = 24; d <= 31; d++) set(`${y}-12-${d}`, 'Year-end shutdown');
  set(`${y}-01-01`, "New Year's Day");
  if (siteCode === DEMO_FACTORY) {
    set(nthWeekday(year, 5, 1, -1), 'Memorial Day');
    set(`${y}-07-04`, 'Independence Day');
    set(nthWeekday(year, 9, 1, 1), 'Labor Day');
    const thanksgiving = nthWeekday(year, 11, 4, 4);
    set(thanksgiving, 'Thanksgiving');
    set(addDays(thanksgiving, 1), 'Day after Thanksgiving');
  } else if (siteCode === EU_FACTORY) {
    const easter = easterSunday(year);
    set(addDays(easter, -2), 'Good Friday');
    set(addDays(easter, 1), 'Easter Monday');
    set(`${y}-05-01`, 'Labour Day');
    set(addDays(easter, 39), 'Ascension Day');
    set(addDays(easter, 50), 'Whit Monday');
    set(addDays(easter, 60), 'Corpus Christi');
    set(`${y}-10-03`, 'German Unity Day');
    set(`${y}-11-01`, "All Saints' Day");
    const shutdown = nthWeekday(year, 8, 1, 1);
    for (let d = 0; d < 12; d++) set(addDays(shutdown, d), 'Summer shutdown');
  }
  holidayCache.set(key, map);
  return map;
}

export interface WorkingDay {
  /** Share of a full working day's production the plant schedules (before demand swings). */
  activity: number;
  working: boolean;
  holiday: string | null;
}

export function workingDay(siteCode: string, isoDate: string): WorkingDay {
  const holiday = holidays(siteCode, Number(isoDate.slice(0, 4))).get(isoDate) ?? null;
  if (holiday) return { activity: 0.04, working: false, holiday };
  const wd = isoWeekdayOf(isoDate);
  if (wd === 7) return { activity: 0.06, working: false, holiday: null };
  if (wd === 6) return { activity: siteCode === EU_FACTORY ? 0.3 : 0.5, working: false, holiday: null };
  // Fridays end early at the European plant.
  return { activity: siteCode === EU_FACTORY && wd === 5 ? 0.8 : 1, working: true, holiday: null };
}

/** Relative production intensity of a local hour (0–23) on a given day. */
export function shiftWeight(day: WorkingDay, isoWeekday: number, siteCode: string, localHour: number): number {
  if (day.holiday || isoWeekday === 7) return localHour >= 8 && localHour < 12 ? 0.5 : 0.02;
  if (isoWeekday === 6) return localHour >= 6 && localHour < 14 ? 1 : 0.03;
  const end = siteCode === EU_FACTORY && isoWeekday === 5 ? 14 : 22;
  if (localHour < 6 || localHour >= end) return 0.04;
  if (localHour === 12 || localHour === 18) return 0.75; // meal breaks
  return 1;
}
