// `Query.equipment(id)` must say NOT_FOUND for an id that is not the organization's, and that
// check used to be a statement of its own, run before any field of the equipment could start:
// a whole database round trip on every dashboard tile. Equipment rows are never deleted by the
// API (retiring keeps them), so a positive answer stays true; it is remembered per database and
// process for a minute. Only ids found are remembered, so a new id is looked up until it exists,
// and a row deleted outside the API (a re-seed) is noticed within TTL_MS.
import type { Kysely } from 'kysely';
import { BoundedCache } from '../../common/bounded-cache.js';
import type { Database } from '../../database/database.js';
import { existingEquipment } from './repositories/ingest-repository.js';

const TTL_MS = 60_000;
const MAX_ENTRIES = 50_000;
const known = new WeakMap<Kysely<Database>, BoundedCache<string, number>>();

/** Which of `ids` are equipment of the organization (retired included), as `existingEquipment` answers. */
export async function knownEquipment(db: Kysely<Database>, organizationId: string, ids: readonly string[], now = Date.now()): Promise<{ id: string }[]> {
  let cache = known.get(db);
  if (!cache) {
    cache = new BoundedCache<string, number>(MAX_ENTRIES);
    known.set(db, cache);
  }
  const found: { id: string }[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const until = cache.get(`${organizationId}:${id}`);
    if (until !== undefined && until > now) found.push({ id });
    else unknown.push(id);
  }
  if (unknown.length) {
    for (const row of await existingEquipment(db, organizationId, unknown)) {
      cache.set(`${organizationId}:${row.id}`, now + TTL_MS);
      found.push(row);
    }
  }
  return found;
}
