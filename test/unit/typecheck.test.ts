import { spawnSync } from 'node:child_process';

describe('typescript', () => {
  it('the whole project type-checks under strict settings', () => {
    const run = spawnSync('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { encoding: 'utf8', timeout: 180_000 });
    expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
    expect(run.status).toBe(0);
  });
});
