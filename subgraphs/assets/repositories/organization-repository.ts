import type { Kysely } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { Organization } from '../../../database/tables/platform.table.js';

/** A caller sees its own organization only. */
export function organizationsByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<Organization[]> {
  return db
    .selectFrom('platform.organizations')
    .selectAll()
    .where('id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}
