// Points returned, the unit usage is billed in. The gateway meters them; a subgraph states them
// in the POINTS_HEADER of its answer, so the gateway can pass a long answer on without parsing it
// (gateway/subgraph-data-source.ts) and still know what to bill.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, type DocumentNode, visit } from 'graphql';

/** The response header in which a subgraph states how many points its answer holds. */
export const POINTS_HEADER = 'plantgraph-points';

const POINT_LISTS = new Set(['points', 'pointTimes', 'pointValues']);

const asksForPoints = new WeakMap<DocumentNode, boolean>();

/**
 * Whether an operation selects any point list at all (fragments included). Apollo hands the
 * same parsed document to every request with the same text, so this is decided once per text
 * and most responses are never walked.
 */
export function selectsPoints(document: DocumentNode | undefined): boolean {
  if (!document) return true;
  let known = asksForPoints.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      Field(node) {
        if (POINT_LISTS.has(node.name.value)) {
          known = true;
          return BREAK;
        }
        return undefined;
      },
    });
    asksForPoints.set(document, known);
  }
  return known;
}

/**
 * Points in a response: per object, the longest of its `points`, `pointTimes` and `pointValues`
 * lists (a series asked for in both forms counts once), wherever it sits.
 */
export function countPoints(data: unknown): number {
  // Runs over every response: plain loops, no arrays or entries allocated on the way.
  if (data === null || typeof data !== 'object') return 0;
  let n = 0;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) n += countPoints(data[i]);
    return n;
  }
  let points = 0;
  const record = data as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (POINT_LISTS.has(k) && Array.isArray(v)) points = Math.max(points, v.length);
    else n += countPoints(v);
  }
  return n + points;
}

/** A subgraph's plugin: every single answer states its points in POINTS_HEADER (0 when it asks for none). */
export function pointsHeaderPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document }) {
          if (response.body.kind !== 'single') return;
          const points = selectsPoints(document) ? countPoints(response.body.singleResult.data) : 0;
          response.http.headers.set(POINTS_HEADER, String(points));
        },
      };
    },
  };
}
