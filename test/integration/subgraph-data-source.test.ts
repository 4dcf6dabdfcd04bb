// The gateway's subgraph client: answers pass through (for the single-fetch shortcut without
// being parsed), a subgraph's own coded refusal keeps its code and message, and what is not a GraphQL answer (a dead port, an HTML error page) becomes
// an error naming the service, on that subgraph's fields only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POINTS_HEADER } from '../../common/points-returned.js';
import { forwardedPoints, responseBody, stringifyResult, SubgraphDataSource } from '../../gateway/subgraph-data-source.js';

type Reply = { status: number; body: string; contentType?: string; headers?: Record<string, string> };

describe('SubgraphDataSource', () => {
  let server: Server;
  let url: string;
  let reply: Reply;
  const seen: { headers: Record<string, unknown>; body: any }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: JSON.parse(text) });
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json', ...reply.headers });
        res.end(reply.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const call = (source: SubgraphDataSource<{ requestId: string }>) =>
    source.process({
      // GraphQLDataSourceRequestKind.INCOMING_OPERATION (the enum is not exported).
      kind: 'incoming operation' as never,
      request: { query: 'query($id: ID!) { equipment(id: $id) { id } }', variables: { id: 'x' }, operationName: undefined },
      context: { requestId: 'r-1' },
      incomingRequestContext: {} as never,
    });
  const source = (target = url) => new SubgraphDataSource<{ requestId: string }>({ name: 'readings', url: target, headers: (ctx) => ({ 'x-request-id': ctx?.requestId ?? '' }) });

  it('posts the operation with the per-request headers and returns the answer as sent', async () => {
    reply = { status: 200, body: JSON.stringify({ data: { equipment: { id: 'x' } }, errors: [{ message: 'partial', path: ['equipment'] }] }) };
    const s = source();
    const res = await call(s);
    expect(res).toEqual({ data: { equipment: { id: 'x' } }, errors: [{ message: 'partial', path: ['equipment'] }] });
    const last = seen[seen.length - 1];
    expect(last.headers['x-request-id']).toBe('r-1');
    expect(last.headers['content-type']).toBe('application/json');
    expect(last.body).toEqual({ query: 'query($id: ID!) { equipment(id: $id) { id } }', variables: { id: 'x' } });
    await s.close();
  });

  const forward = (s: SubgraphDataSource<{ requestId: string }>) =>
    s.forward({
      kind: 'incoming operation' as never,
      request: { query: '{ equipment(id: "x") { id value } }', variables: {}, operationName: undefined },
      context: { requestId: 'r-1' },
      incomingRequestContext: {} as never,
    });

  it("passes a clean answer on unparsed and sends the subgraph's own bytes when nothing was added", async () => {
    // '1.50' would be written '1.5' from a parsed number, and 'é' is two bytes in UTF-8: their
    // survival shows the bytes were neither rewritten nor decoded and encoded wrongly.
    const text = '{"data":{"equipment":{"id":"x","name":"Pompe à chaleur é","value":1.50}},"extensions":{"requestId":"r-1"}}\n';
    reply = { status: 200, body: text, headers: { [POINTS_HEADER]: '7' } };
    const s = source();
    const res = await forward(s);
    expect(forwardedPoints(res.data)).toBe(7);
    const token = stringifyResult({ data: res.data!, extensions: { requestId: 'r-1' } });
    expect(token).not.toContain('{');
    const bytes = responseBody(token);
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect(Buffer.from(bytes).toString('utf8')).toBe(text);
    // The bytes are given once; any other text is sent as it is.
    expect(() => responseBody(token)).toThrow('A forwarded answer was sent twice or never stored.');
    expect(responseBody('{"data":{}}\n')).toBe('{"data":{}}\n');
    // Another request id, or errors added by the gateway: written anew from the subgraph's data.
    expect(stringifyResult({ data: res.data!, extensions: { requestId: 'r-2' } })).toBe('{"data":{"equipment":{"id":"x","name":"Pompe à chaleur é","value":1.5}},"extensions":{"requestId":"r-2"}}\n');
    expect(stringifyResult({ errors: [{ message: 'late' }], data: res.data! })).toBe('{"errors":[{"message":"late"}],"data":{"equipment":{"id":"x","name":"Pompe à chaleur é","value":1.5}}}\n');
    // Any other data object is written as it is.
    expect(stringifyResult({ data: { equipment: { id: 'x', value: 1.5 } }, extensions: { requestId: 'r-1' } })).toBe('{"data":{"equipment":{"id":"x","value":1.5}},"extensions":{"requestId":"r-1"}}\n');
    await s.close();
  });

  it('parses an answer with errors, without stated points, or not 200, as process does', async () => {
    const s = source();
    reply = { status: 200, body: '{"errors":[{"message":"partial"}],"data":{"equipment":null}}\n', headers: { [POINTS_HEADER]: '0' } };
    const partial = await forward(s);
    expect(partial).toEqual({ errors: [{ message: 'partial' }], data: { equipment: null } });
    expect(forwardedPoints(partial.data)).toBeUndefined();
    reply = { status: 200, body: '{"data":{"equipment":{"id":"x"}}}\n' };
    const unstated = await forward(s);
    expect(unstated).toEqual({ data: { equipment: { id: 'x' } } });
    expect(forwardedPoints(unstated.data)).toBeUndefined();
    reply = { status: 400, body: '{"errors":[{"message":"bad","extensions":{"code":"BAD_USER_INPUT"}}]}\n', headers: { [POINTS_HEADER]: '0' } };
    await expect(forward(s)).rejects.toMatchObject({ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } });
    await s.close();
  });

  it("keeps a subgraph's coded refusal (HTTP 400) with its message", async () => {
    reply = { status: 400, body: JSON.stringify({ errors: [{ message: "Variable '$id' got invalid value", extensions: { code: 'BAD_USER_INPUT', argument: 'id' } }] }) };
    const s = source();
    await expect(call(s)).rejects.toMatchObject({ message: "Variable '$id' got invalid value", extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    await s.close();
  });

  it('names the service when the answer is not GraphQL or nobody listens', async () => {
    reply = { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' };
    const s = source();
    await expect(call(s)).rejects.toMatchObject({ message: 'The readings service answered HTTP 502 without a GraphQL result.', extensions: { code: 'INTERNAL_SERVER_ERROR', service: 'readings' } });
    await s.close();
    const dead = source('http://127.0.0.1:9/graphql');
    await expect(call(dead)).rejects.toMatchObject({ message: expect.stringMatching(/^The readings service could not be reached: /), extensions: { code: 'INTERNAL_SERVER_ERROR', service: 'readings' } });
    await dead.close();
  });
});
