// Checks on mutation and query input. Each failure names the argument, the bad value and what
// is allowed: the voice assistant reads these messages out.
import { BadInputError, LimitExceededError } from '../../common/errors.js';
import type { Rating } from '../../database/tables/assets.table.js';

export const MAX_PAGE_SIZE = 500;
export const MAX_SEARCH_RESULTS = 100;
export const MAX_SEARCH_TEXT = 200;
export const MAX_DEPTH = 20;
export const MAX_IMPORT_ITEMS = 5000;

const show = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}...` : v);

/** Trimmed text of 1..max characters (or null/undefined passed through when optional). */
export function checkText(value: string, argument: string, max: number): string;
export function checkText(value: string | null | undefined, argument: string, max: number, optional: true): string | null | undefined;
export function checkText(value: string | null | undefined, argument: string, max: number, optional = false): string | null | undefined {
  if (value === null || value === undefined) {
    if (optional) return value;
    throw new BadInputError(`${argument} is required.`, { argument });
  }
  const trimmed = value.trim();
  if (!trimmed) {
    if (optional) return null;
    throw new BadInputError(`${argument} must not be empty: give 1 to ${max} characters.`, { argument });
  }
  if (trimmed.length > max) {
    throw new BadInputError(`${argument} '${show(trimmed)}' is ${trimmed.length} characters long; at most ${max} are allowed.`, { argument, maximum: max });
  }
  return trimmed;
}

/** Search text: empty is a mistake (BAD_USER_INPUT), too long is a limit (LIMIT_EXCEEDED). */
export function checkSearchText(value: string, argument: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadInputError(`${argument} must not be empty: say what to look for in 1 to ${MAX_SEARCH_TEXT} characters.`, { argument });
  if (trimmed.length > MAX_SEARCH_TEXT) {
    throw new LimitExceededError('searchText', `${argument} is ${trimmed.length} characters long; at most ${MAX_SEARCH_TEXT} are allowed.`, { argument, maximum: MAX_SEARCH_TEXT });
  }
  return trimmed;
}

export function checkIntRange(value: number, argument: string, min: number, max: number, limit?: string): number {
  if (!Number.isInteger(value) || value < min) throw new BadInputError(`${argument} must be between ${min} and ${max}, got ${value}.`, { argument });
  if (value > max) {
    if (limit) throw new LimitExceededError(limit, `${argument} must be between ${min} and ${max}, got ${value}.`, { argument, maximum: max });
    throw new BadInputError(`${argument} must be between ${min} and ${max}, got ${value}.`, { argument });
  }
  return value;
}

export function checkScore(value: number, argument: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new BadInputError(`${argument} must be between 0 and 1, got ${value}.`, { argument });
  return value;
}

export function checkTimeZone(value: string, argument: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value;
  } catch {
    throw new BadInputError(`${argument} '${show(value)}' is not an IANA time zone; use a name such as Asia/Kolkata or Europe/Berlin.`, { argument });
  }
}

export function checkDate(value: string | null | undefined, argument: string): string | null | undefined {
  if (value === null || value === undefined) return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new BadInputError(`${argument} '${show(value)}' is not a date; use YYYY-MM-DD, e.g. 2021-03-15.`, { argument });
  }
  return value;
}

export function checkLatitude(value: number | null | undefined, argument: string): number | null | undefined {
  if (value !== null && value !== undefined && !(value >= -90 && value <= 90)) throw new BadInputError(`${argument} must be between -90 and 90, got ${value}.`, { argument });
  return value;
}

export function checkLongitude(value: number | null | undefined, argument: string): number | null | undefined {
  if (value !== null && value !== undefined && !(value >= -180 && value <= 180)) throw new BadInputError(`${argument} must be between -180 and 180, got ${value}.`, { argument });
  return value;
}

export function checkRatings(value: readonly { name: string; value: number; unit: string }[] | null | undefined, argument: string): Rating[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (value.length > 50) throw new BadInputError(`${argument} holds ${value.length} ratings; at most 50 are allowed.`, { argument });
  return value.map((r, i) => ({
    name: checkText(r.name, `${argument}[${i}].name`, 100),
    value: (() => {
      if (typeof r.value !== 'number' || !Number.isFinite(r.value)) throw new BadInputError(`${argument}[${i}].value must be a finite number, got ${String(r.value)}.`, { argument });
      return r.value;
    })(),
    unit: checkText(r.unit, `${argument}[${i}].unit`, 20),
  }));
}

export function checkMetadata(value: unknown, argument: string): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new BadInputError(`${argument} must be a JSON object.`, { argument });
  const size = JSON.stringify(value).length;
  if (size > 64_000) throw new BadInputError(`${argument} is ${size} bytes of JSON; at most 64000 are allowed.`, { argument });
  return value as Record<string, unknown>;
}

export const upper = <T extends string>(v: T) => v.toUpperCase() as Uppercase<T>;
export const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;
