// `npm run compose`: writes supergraph.graphql from the subgraph schemas.
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from '../gateway/compose-supergraph.js';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
console.log(`wrote ${SUPERGRAPH_PATH.pathname}`);
