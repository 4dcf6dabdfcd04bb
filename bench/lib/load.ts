// A closed-loop load generator: `connections` virtual users, each sending its next operation as
// soon as the previous one is answered, over keep-alive sockets (one per user and host). An
// operation is one or more HTTP requests in sequence, so the same mix can be sent to a gateway
// (one request) or straight to the subgraphs (the fetches a query plan makes).
import http from 'node:http';
import { percentile } from './measure.js';

export interface Step {
  url: string;
  query: string;
  /** Variables from the previous step's data and the operation's sequence number (to vary requests). */
  variables?: (previous: any, k: number) => Record<string, unknown>;
}

export interface Operation {
  name: string;
  weight: number;
  steps: Step[];
}

export interface LoadResult {
  operations: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  firstError?: string;
}

function post(agent: http.Agent, url: URL, body: string): Promise<any> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString());
            if (res.statusCode !== 200 || json.errors?.length) reject(new Error(`HTTP ${res.statusCode}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`));
            else resolve(json.data);
          } catch (e) {
            reject(e);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Runs one operation once; resolves with the last step's data. */
export async function runOperation(op: Operation, agents: Map<string, http.Agent>, k = 0): Promise<any> {
  let data: any = undefined;
  for (const step of op.steps) {
    const url = new URL(step.url);
    let agent = agents.get(url.host);
    if (!agent) agents.set(url.host, (agent = new http.Agent({ keepAlive: true, maxSockets: 256 })));
    data = await post(agent, url, JSON.stringify({ query: step.query, variables: step.variables ? step.variables(data, k) : {} }));
  }
  return data;
}

/** The mix as a repeating sequence in proportion to the weights. */
function sequence(mix: Operation[]): Operation[] {
  const out: Operation[] = [];
  for (const op of mix) for (let i = 0; i < op.weight; i++) out.push(op);
  return out;
}

export async function runLoad(mix: Operation[], o: { connections: number; seconds: number }): Promise<LoadResult> {
  const agents = new Map<string, http.Agent>();
  const seq = sequence(mix);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const until = start + o.seconds * 1000;
  const user = async (u: number) => {
    for (let k = u; performance.now() < until; k++) {
      const op = seq[k % seq.length];
      const t0 = performance.now();
      try {
        await runOperation(op, agents, k);
        latencies.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= `${op.name}: ${(e as Error).message}`;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, (_, u) => user(u)));
  const seconds = (performance.now() - start) / 1000;
  for (const a of agents.values()) a.destroy();
  return { operations: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), firstError };
}
