// Opaque Relay cursors: base64url of a JSON tuple of the sort key.
import { BadInputError, LimitExceededError } from './errors.js';

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through to the error below
  }
  throw new BadInputError(`Cursor '${cursor}' is not one this API issued. Pass the endCursor of a previous page.`, { argument: 'after' });
}

export function checkPageSize(first: number | null | undefined, max: number, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1) {
    throw new BadInputError(`first must be between 1 and ${max}, got ${n}.`, { argument: 'first' });
  }
  if (n > max) {
    throw new LimitExceededError('pageSize', `first must be between 1 and ${max}, got ${n}. Page through the rest with 'after'.`, { argument: 'first', maximum: max });
  }
  return n;
}
