// The one place where errors become GraphQL errors: domain errors keep their code and message;
// parse and validation failures become BAD_USER_INPUT; anything unexpected is
// INTERNAL_SERVER_ERROR, masked outside development.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, isErrorCode } from './errors.js';

const INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

export function createFormatError(options: { maskInternal: boolean; onInternal?: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
    }
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const code = extensions.code;
    // Limits are checked as validation rules; they keep their own code.
    if (extensions.limit !== undefined && code === 'GRAPHQL_VALIDATION_FAILED') {
      return { ...formatted, extensions: { ...extensions, code: 'LIMIT_EXCEEDED' } };
    }
    if (isErrorCode(code) && formatted.message.startsWith('Context creation failed: ')) {
      return { ...formatted, message: formatted.message.slice('Context creation failed: '.length), extensions };
    }
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') return { ...formatted, extensions };
    if (typeof code === 'string' && INPUT_CODES.has(code)) {
      return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', reason: code } };
    }
    // PostgreSQL data exceptions (class 22: bad text encoding, numeric or date out of range)
    // come from a value the client sent.
    const sqlState = (original as { code?: unknown } | undefined)?.code;
    if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
      return { message: `A value in the request cannot be stored or compared: ${(original as Error).message}.`, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    // A query cancelled by the per-request statement timeout is a limit, not a crash.
    if ((original as { code?: string } | undefined)?.code === '57014') {
      return { message: 'The query took longer than the statement timeout allows. Ask for a shorter range or a coarser interval.', path: formatted.path, extensions: { code: 'LIMIT_EXCEEDED', limit: 'statementTimeout' } };
    }
    options.onInternal?.(original);
    if (options.maskInternal) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return { ...formatted, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR' } };
  };
}
