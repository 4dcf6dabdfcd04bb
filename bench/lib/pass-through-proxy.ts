// The least a gateway in its own process can do: take a POST, send its body on to one subgraph
// over a keep-alive undici pool (as our gateway does), and send the answer's bytes back. No
// GraphQL, no authentication, no headers passed on. The bench puts it in front of the readings
// subgraph to measure what the extra process hop alone costs on this machine, next to
// PostGraphile, which has no such hop.
//
//   TARGET=http://127.0.0.1:4102/graphql PORT=4130 node --import tsx bench/lib/pass-through-proxy.ts
import { createServer } from 'node:http';
import { Pool } from 'undici';

const target = new URL(process.env.TARGET ?? '');
const port = Number(process.env.PORT);
if (!target.host || !Number.isInteger(port)) {
  console.error('pass-through proxy: TARGET (a subgraph URL) and PORT are required');
  process.exit(2);
}
const pool = new Pool(target.origin, { connections: 64, keepAliveTimeout: 30_000 });

createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('pass-through proxy');
      return;
    }
    const answer = await pool.request({
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: Buffer.concat(chunks),
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    res.writeHead(answer.statusCode, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  } catch (e) {
    res.writeHead(502, { 'content-type': 'text/plain' }).end(String(e));
  }
}).listen(port, '127.0.0.1');
