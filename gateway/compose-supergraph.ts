// Composes the four subgraph schemas into the supergraph the gateway serves. Composition is a
// build step (`npm run compose`), never runtime introspection; the output is committed and a
// test fails when it is stale.
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../common/subgraph.js';

export const SUPERGRAPH_PATH = new URL('../supergraph.graphql', import.meta.url);

/** The URLs written into the supergraph; the gateway may override them at run time. */
export function defaultSubgraphUrl(name: SubgraphName): string {
  const port = { assets: 4001, readings: 4002, energy: 4003, training: 4004 }[name];
  return `http://127.0.0.1:${port}/graphql`;
}

export function composeSupergraph(): string {
  const services = SUBGRAPH_NAMES.map((name) => ({
    name,
    url: defaultSubgraphUrl(name),
    typeDefs: parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors?.length) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl!;
}
