import { BadInputError } from './errors.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

/** Ids are UUIDs; anything else is a client mistake worth naming, not a silent null. */
export function checkUuid(value: string, argument: string): string {
  if (!isUuid(value)) {
    throw new BadInputError(`${argument} '${value}' is not a valid id: expected a UUID such as c0000000-0000-0000-0000-000000000001.`, { argument });
  }
  return value.toLowerCase();
}

/** A dangling reference means the data broke an invariant the schema promises. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
