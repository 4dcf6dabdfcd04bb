import { spawnSync } from 'node:child_process';

describe('codegen', () => {
  it('generated resolver types match the schemas: run `npm run codegen` after changing a schema.graphql', () => {
    const run = spawnSync('node', ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.yml', '--check'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({ status: 0, output: '' });
  });
});
