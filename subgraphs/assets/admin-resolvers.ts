// Resolvers for the tenancy part of the assets schema: the caller, API keys, users, usage and
// the audit log. Role rules live on the schema fields (@requiresScopes); these only validate.
import { BadInputError } from '../../common/errors.js';
import { isRole, type Role } from '../../common/identity.js';
import { checkUuid } from '../../common/validate.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { checkText } from './input.js';
import {
  apiKeysByIds,
  auditEntries,
  createApiKey,
  createUser,
  disableUser,
  listApiKeys,
  listUsers,
  revokeApiKey,
  usageByCaller,
  usersByIds,
} from './repositories/admin-repository.js';

type R = Required<Resolvers>;

function rolesIn(roles: readonly string[], argument: string): Role[] {
  const out = [...new Set(roles.map((r) => r.toLowerCase()))];
  if (!out.length || !out.every(isRole)) throw new BadInputError(`${argument} must name at least one of VIEWER, AI, OPERATOR, ENGINEER, ADMIN.`, { argument });
  return out as Role[];
}

const rolesOut = (roles: readonly string[]) => roles.map((r) => r.toUpperCase()) as ('VIEWER' | 'AI' | 'OPERATOR' | 'ENGINEER' | 'ADMIN')[];

function monthRange(month: string): [Date, Date] {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const year = Number(m?.[1]);
  const mon = Number(m?.[2]);
  if (!m || mon < 1 || mon > 12) throw new BadInputError(`month '${month}' is not a month: write it as YYYY-MM, e.g. 2026-11.`, { argument: 'month' });
  return [new Date(Date.UTC(year, mon - 1, 1)), new Date(Date.UTC(year, mon, 1))];
}

const sum = (lines: { [k: string]: unknown }[], key: string) => lines.reduce((n, l) => n + Number(l[key] ?? 0), 0);

export const adminQuery: Pick<R['Query'], 'me'> = {
  me: (_p, _a, ctx) => ctx.identity,
};

export const adminMutation: Pick<R['Mutation'], 'createApiKey' | 'revokeApiKey' | 'createUser' | 'disableUser'> = {
  createApiKey: (_p, { input }, ctx) =>
    createApiKey(ctx.db, ctx.organizationId, {
      name: checkText(input.name, 'input.name', 200),
      roles: rolesIn(input.roles, 'input.roles'),
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      userId: input.userId ? checkUuid(input.userId, 'input.userId') : null,
    }),
  revokeApiKey: (_p, { id }, ctx) => revokeApiKey(ctx.db, ctx.organizationId, checkUuid(id, 'id')),
  createUser: (_p, { input }, ctx) => {
    const email = checkText(input.email, 'input.email', 320);
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new BadInputError(`input.email '${email}' is not an email address.`, { argument: 'input.email' });
    return createUser(ctx.db, ctx.organizationId, { email, name: checkText(input.name, 'input.name', 200), roles: rolesIn(input.roles, 'input.roles') });
  },
  disableUser: (_p, { id }, ctx) => disableUser(ctx.db, ctx.organizationId, checkUuid(id, 'id')),
};

export const adminTypes: Pick<R, 'Caller' | 'ApiKey' | 'CreatedApiKey' | 'User' | 'UsageReport' | 'UsageLine' | 'AuditEntry'> & {
  Organization: Pick<R['Organization'], 'apiKeys' | 'users' | 'usage' | 'auditLog'>;
} = {
  Caller: {
    organization: (c, _a, ctx) => ctx.loaders.organization.load(c.organizationId),
    roles: (c) => rolesOut(c.roles),
  },
  Organization: {
    apiKeys: (o, { includeInactive }, ctx) => listApiKeys(ctx.db, ctx.organizationId === o.id ? o.id : '', !!includeInactive),
    users: (o, _a, ctx) => listUsers(ctx.db, ctx.organizationId === o.id ? o.id : ''),
    usage: async (o, { month }, ctx) => {
      const [from, to] = monthRange(month);
      return { month, lines: await usageByCaller(ctx.db, ctx.organizationId === o.id ? o.id : '', from, to) };
    },
    auditLog: (o, { from, to, operation, limit }, ctx) => {
      const n = limit ?? 100;
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new BadInputError(`limit must be between 1 and 1000, got ${n}.`, { argument: 'limit' });
      return auditEntries(ctx.db, ctx.organizationId === o.id ? o.id : '', { from: from ? new Date(from) : null, to: to ? new Date(to) : null, operation: operation ?? null, limit: n });
    },
  },
  ApiKey: {
    roles: (k) => rolesOut(k.roles),
    user: async (k, _a, ctx) => (k.user_id ? ((await usersByIds(ctx.db, ctx.organizationId, [k.user_id]))[0] ?? null) : null),
    createdAt: (k) => k.created_at,
    expiresAt: (k) => k.expires_at,
    revokedAt: (k) => k.revoked_at,
    lastUsedAt: (k) => k.last_used_at,
    active: (k) => !k.revoked_at && (!k.expires_at || k.expires_at.getTime() > Date.now()),
  },
  CreatedApiKey: {},
  User: {
    roles: (u) => rolesOut(u.roles),
    createdAt: (u) => u.created_at,
    disabledAt: (u) => u.disabled_at,
  },
  UsageReport: {
    operations: (r) => sum(r.lines as never, 'operations'),
    errors: (r) => sum(r.lines as never, 'errors'),
    costUnits: (r) => sum(r.lines as never, 'cost_units'),
    pointsReturned: (r) => sum(r.lines as never, 'points_returned'),
    byCaller: (r) => r.lines,
  },
  UsageLine: {
    apiKey: async (l, _a, ctx) => (l.api_key_id ? ((await apiKeysByIds(ctx.db, ctx.organizationId, [l.api_key_id]))[0] ?? null) : null),
    costUnits: (l) => l.cost_units,
    pointsReturned: (l) => l.points_returned,
  },
  AuditEntry: {
    arguments: (a) => a.arguments as Record<string, unknown>,
    outcome: (a) => (a.outcome === 'ok' ? 'OK' : 'ERROR'),
    errorCode: (a) => a.error_code,
    requestId: (a) => a.request_id,
  },
};
