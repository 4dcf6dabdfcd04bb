import { checkRequestBody } from '../../common/request-guard.js';

const options = { maxTokens: 1000 };
const QUERY = 'mutation($p: [ReadingInput!]!) { ingestReadings(points: $p) { accepted } }';
/** What the HTTP server does: parse the text, then check the body with the text it came from. */
const check = (text: string) => checkRequestBody(JSON.parse(text), options, text);

describe('checkRequestBody: NUL characters', () => {
  it('refuses a NUL sent as the JSON escape, deep in the variables', () => {
    const text = JSON.stringify({ query: QUERY, variables: { p: [{ metric: 'a', time: 't', value: 1 }, { metric: 'b\u0000c', time: 't', value: 2 }] } });
    expect(text).toContain('\\u0000');
    expect(check(text)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('NUL') });
  });

  it('refuses a NUL in the operation name and in the query', () => {
    expect(check(JSON.stringify({ query: QUERY, operationName: 'x\u0000' }))?.code).toBe('BAD_USER_INPUT');
    expect(check(JSON.stringify({ query: `${QUERY}\u0000` }))?.code).toBe('BAD_USER_INPUT');
  });

  it('lets through the text "\\u0000" (an escaped backslash, then u0000), which holds no NUL', () => {
    const text = JSON.stringify({ query: QUERY, variables: { p: [{ metric: 'back\\u0000slash', time: 't', value: 1 }] } });
    expect(text).toContain('\\\\u0000');
    expect(check(text)).toBeUndefined();
  });

  it('walks the values when no text is given', () => {
    expect(checkRequestBody({ query: QUERY, variables: { p: [{ metric: 'b\u0000' }] } }, options)?.code).toBe('BAD_USER_INPUT');
    expect(checkRequestBody({ query: QUERY, variables: { p: [{ metric: 'b' }] } }, options)).toBeUndefined();
  });
});
