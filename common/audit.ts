// Every mutation leaves an audit row: who, what, when, the arguments with secrets redacted, and
// the outcome. Written by the subgraph that ran it, after the response is settled.
import type { ApolloServerPlugin } from '@apollo/server';
import { type FieldNode, Kind, type OperationDefinitionNode, valueFromASTUntyped } from 'graphql';
import type { Kysely } from 'kysely';
import type { Database } from '../database/database.js';
import type { Identity } from './identity.js';
import type { Logger } from './logger.js';

const SECRET_KEY = /secret|password|token|api_?key|^key$|authorization/i;
/**
 * Items of a list argument kept in an audit row. An ingest of 10,000 readings would otherwise
 * store a megabyte per call (the audit log growing as fast as the readings) and spend tens of
 * milliseconds of every such call redacting, serializing and storing it.
 */
export const AUDIT_LIST_ITEMS = 100;

export function redact(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length <= AUDIT_LIST_ITEMS) return value.map(redact);
    return [...value.slice(0, AUDIT_LIST_ITEMS).map(redact), `… ${value.length - AUDIT_LIST_ITEMS} more (${value.length} in all)`];
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v)]));
  }
  return value;
}

interface AuditContext {
  db: Kysely<Database>;
  identity?: Identity;
  organizationId: string;
  requestId: string;
  logger: Logger;
}

export function auditPlugin<T extends AuditContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, contextValue: ctx }) {
          if (!operation || operation.operation !== 'mutation') return;
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const allErrors = (body?.errors as readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined) ?? [];
          const rows = (operation as OperationDefinitionNode).selectionSet.selections
            .filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename')
            .map((field) => {
              const key = field.alias?.value ?? field.name.value;
              const failed = allErrors.find((e) => !e.path || e.path[0] === key);
              const args = Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, request.variables ?? {})]));
              return {
                organization_id: ctx.identity?.organizationId ?? ctx.organizationId,
                actor: ctx.identity?.subject ?? 'unknown',
                operation: field.name.value,
                arguments: JSON.stringify(redact(args)),
                outcome: failed ? ('error' as const) : ('ok' as const),
                error_code: failed ? String((failed as { extensions?: Record<string, unknown> }).extensions?.code ?? 'INTERNAL_SERVER_ERROR') : null,
                request_id: ctx.requestId,
              };
            });
          if (!rows.length) return;
          try {
            await ctx.db.insertInto('platform.audit_log').values(rows as never).execute();
          } catch (e) {
            ctx.logger.error('audit write failed', { error: (e as Error).message });
          }
        },
      };
    },
  };
}
