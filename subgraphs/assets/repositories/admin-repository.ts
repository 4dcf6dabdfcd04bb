// API keys, users, usage and the audit log of one organization: the admin's view of the
// platform schema. Everything is scoped to the caller's organization.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { generateApiKey } from '../../../common/api-keys.js';
import { BadInputError, ConflictError, LimitExceededError, NotFoundError } from '../../../common/errors.js';
import type { Database } from '../../../database/database.js';
import type { ApiKey, AuditLogEntry, User } from '../../../database/tables/platform.table.js';

export function listApiKeys(db: Kysely<Database>, organizationId: string, includeInactive: boolean): Promise<ApiKey[]> {
  let q = db.selectFrom('platform.api_keys').selectAll().where('organization_id', '=', organizationId);
  if (!includeInactive) q = q.where('revoked_at', 'is', null).where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]));
  return q.orderBy('created_at', 'desc').orderBy('id').execute();
}

export function apiKeysByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<ApiKey[]> {
  return db.selectFrom('platform.api_keys').selectAll().where('organization_id', '=', organizationId).where('id', '=', (eb) => eb.fn.any(eb.val([...ids]))).execute();
}

export function usersByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<User[]> {
  return db.selectFrom('platform.users').selectAll().where('organization_id', '=', organizationId).where('id', '=', (eb) => eb.fn.any(eb.val([...ids]))).execute();
}

export function listUsers(db: Kysely<Database>, organizationId: string): Promise<User[]> {
  return db.selectFrom('platform.users').selectAll().where('organization_id', '=', organizationId).orderBy('email').execute();
}

export async function createApiKey(
  db: Kysely<Database>,
  organizationId: string,
  input: { name: string; roles: string[]; expiresAt: Date | null; userId: string | null },
): Promise<{ apiKey: ApiKey; secret: string }> {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw new BadInputError(`expiresAt ${input.expiresAt.toISOString()} is in the past: give a future instant or none.`, { argument: 'input.expiresAt' });
  }
  return db.transaction().execute(async (trx) => {
    if (input.userId) {
      const [user] = await usersByIds(trx, organizationId, [input.userId]);
      if (!user) throw new NotFoundError(`No user with id '${input.userId}' in this organization.`, { argument: 'input.userId' });
      if (user.disabled_at) throw new BadInputError(`User ${user.email} is disabled: keys cannot be issued to them.`, { argument: 'input.userId' });
    }
    const { key, prefix, hash } = generateApiKey();
    const apiKey = await trx
      .insertInto('platform.api_keys')
      .values({ id: randomUUID(), organization_id: organizationId, user_id: input.userId, name: input.name, prefix, key_hash: hash, roles: input.roles, expires_at: input.expiresAt })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { apiKey, secret: key };
  });
}

export async function revokeApiKey(db: Kysely<Database>, organizationId: string, id: string): Promise<ApiKey> {
  const row = await db
    .updateTable('platform.api_keys')
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`No API key with id '${id}' in this organization.`, { argument: 'id' });
  return row;
}

export async function createUser(db: Kysely<Database>, organizationId: string, input: { email: string; name: string; roles: string[] }): Promise<User> {
  return db.transaction().execute(async (trx) => {
    // Lock the organization row so two concurrent creations cannot both pass the limit.
    const org = await trx.selectFrom('platform.organizations').select(['user_limit']).where('id', '=', organizationId).forUpdate().executeTakeFirst();
    if (!org) throw new NotFoundError('The caller’s organization does not exist.');
    if (org.user_limit !== null) {
      const { n } = await trx.selectFrom('platform.users').select((eb) => eb.fn.countAll<number>().as('n')).where('organization_id', '=', organizationId).where('disabled_at', 'is', null).executeTakeFirstOrThrow();
      if (Number(n) >= org.user_limit) {
        throw new LimitExceededError('userLimit', `This organization already has ${n} active users, its limit. Disable a user or raise the limit.`, { maximum: org.user_limit });
      }
    }
    const clash = await trx.selectFrom('platform.users').select('id').where(sql`lower(email)`, '=', input.email.toLowerCase()).executeTakeFirst();
    if (clash) throw new ConflictError(`A user with email ${input.email} already exists.`, { argument: 'input.email' });
    return trx
      .insertInto('platform.users')
      .values({ id: randomUUID(), organization_id: organizationId, email: input.email, name: input.name, roles: input.roles })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function disableUser(db: Kysely<Database>, organizationId: string, id: string): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable('platform.users')
      .set({ disabled_at: sql<Date>`coalesce(disabled_at, now())` })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!user) throw new NotFoundError(`No user with id '${id}' in this organization.`, { argument: 'id' });
    await trx.updateTable('platform.api_keys').set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` }).where('user_id', '=', id).execute();
    return user;
  });
}

export interface UsageTotals {
  subject: string;
  api_key_id: string | null;
  operations: number;
  errors: number;
  cost_units: number;
  points_returned: number;
}

export function usageByCaller(db: Kysely<Database>, organizationId: string, monthStart: Date, monthEnd: Date): Promise<UsageTotals[]> {
  return db
    .selectFrom('platform.usage_hourly')
    .select((eb) => [
      'subject',
      sql<string | null>`max(api_key_id::text)::uuid`.as('api_key_id'),
      eb.fn.sum<number>('operations').as('operations'),
      eb.fn.sum<number>('errors').as('errors'),
      eb.fn.sum<number>('cost_units').as('cost_units'),
      eb.fn.sum<number>('points_returned').as('points_returned'),
    ])
    .where('organization_id', '=', organizationId)
    .where('hour', '>=', monthStart)
    .where('hour', '<', monthEnd)
    .groupBy('subject')
    .orderBy('operations', 'desc')
    .orderBy('subject')
    .execute() as Promise<UsageTotals[]>;
}

export function auditEntries(
  db: Kysely<Database>,
  organizationId: string,
  filter: { from: Date | null; to: Date | null; operation: string | null; limit: number },
): Promise<AuditLogEntry[]> {
  let q = db.selectFrom('platform.audit_log').selectAll().where('organization_id', '=', organizationId);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  if (filter.operation) q = q.where('operation', '=', filter.operation);
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
