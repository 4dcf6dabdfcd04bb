// The gateway's subgraph client: answers pass through, a subgraph's own coded refusal keeps its
// code and message, and what is not a GraphQL answer (a dead port, an HTML error page) becomes
// an error naming the service, on that subgraph's fields only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringifyResult, SubgraphDataSource } from '../../gateway/subgraph-data-source.js';

type Reply = { status: number; body: string; contentType?: string };

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
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
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

  it("writes an answer passed on unchanged as the subgraph's own text, and anything else anew", async () => {
    // '1.50' would be written '1.5' from the parsed number: its survival shows the text was reused.
    const text = '{"data":{"equipment":{"id":"x","value":1.50}},"extensions":{"requestId":"r-1"}}\n';
    reply = { status: 200, body: text };
    const s = source();
    const res = await call(s);
    expect(stringifyResult({ data: res.data!, extensions: { requestId: 'r-1' } })).toBe(text);
    // Another request id, extra errors, or another data object: written from the objects.
    expect(stringifyResult({ data: res.data!, extensions: { requestId: 'r-2' } })).toBe('{"data":{"equipment":{"id":"x","value":1.5}},"extensions":{"requestId":"r-2"}}\n');
    expect(stringifyResult({ errors: [{ message: 'late' }], data: res.data! })).toBe('{"errors":[{"message":"late"}],"data":{"equipment":{"id":"x","value":1.5}}}\n');
    expect(stringifyResult({ data: { ...res.data! }, extensions: { requestId: 'r-1' } })).toBe('{"data":{"equipment":{"id":"x","value":1.5}},"extensions":{"requestId":"r-1"}}\n');
    // An answer with errors is never reused as text.
    reply = { status: 200, body: '{"errors":[{"message":"partial"}],"data":{"equipment":null}}\n' };
    const partial = await call(s);
    expect(stringifyResult({ data: partial.data! })).toBe('{"data":{"equipment":null}}\n');
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
