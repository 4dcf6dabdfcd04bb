import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../gateway/compose-supergraph.js';

describe('supergraph', () => {
  it('composes the four subgraphs without errors', () => {
    const sdl = composeSupergraph();
    for (const graph of ['ASSETS', 'READINGS', 'ENERGY', 'TRAINING']) {
      expect(sdl).toMatch(new RegExp(`${graph} @join__graph\\(name: "${graph.toLowerCase()}"`));
    }
  });

  it('is committed up to date: run `npm run compose` after changing a schema.graphql', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });
});
