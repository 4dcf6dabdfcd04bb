// Domain errors are thrown by repositories and services; the server edge (format-error.ts)
// turns them into GraphQL errors with a stable `extensions.code`. The message is spoken by the
// voice assistant, so it names the bad value and what is allowed.
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
}

/** The one wording of "no such equipment", whichever subgraph answers `equipment(id)`. */
export const equipmentNotFound = (id: string, argument = 'id') => new NotFoundError(`No equipment with id '${id}' in this organization.`, { argument });

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class LimitExceededError extends DomainError {
  constructor(limit: string, message: string, details: Record<string, unknown> = {}) {
    super('LIMIT_EXCEEDED', message, { limit, ...details });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', message, details);
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
