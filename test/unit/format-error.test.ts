import { GraphQLError } from 'graphql';
import { createFormatError } from '../../common/format-error.js';
import { LimitExceededError, NotFoundError } from '../../common/errors.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatError', () => {
  const masked = createFormatError({ maskInternal: true });
  const open = createFormatError({ maskInternal: false });

  it('keeps a domain error’s code, message and details', () => {
    const error = wrap(new LimitExceededError('maxPoints', 'Too many points: 90000 requested, 20000 allowed.', { maximum: 20000 }));
    expect(masked({ message: error.message, path: ['x'] }, error)).toEqual({
      message: 'Too many points: 90000 requested, 20000 allowed.',
      path: ['x'],
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxPoints', maximum: 20000 },
    });
  });

  it('turns validation failures into BAD_USER_INPUT and keeps the reason', () => {
    const out = masked({ message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError('x'));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('masks unexpected errors outside development and shows them inside', () => {
    const error = wrap(new Error('relation "x" does not exist'));
    expect(masked({ message: error.message, path: ['x'] }, error)).toEqual({ message: 'Internal server error', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(open({ message: error.message, path: ['x'] }, error).message).toBe('relation "x" does not exist');
  });

  it('passes through codes from a subgraph without their stack traces', () => {
    const out = masked({ message: 'No equipment', extensions: { code: 'NOT_FOUND', stacktrace: ['a'] } }, new GraphQLError('x'));
    expect(out.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('reports a cancelled statement as a limit', () => {
    const pgError = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    expect(masked({ message: 'x' }, wrap(pgError)).extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'statementTimeout' });
    expect(new NotFoundError('gone').code).toBe('NOT_FOUND');
  });
});
