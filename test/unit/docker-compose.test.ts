// No Docker engine runs here, so the compose file is checked for what `docker compose up`
// relies on: every service, its command, health checks and start order.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, { image?: string; build?: string; command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; healthcheck?: { test: string[] }; ports?: string[] }>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('docker-compose.yml', () => {
  const s = compose.services;

  it('runs TimescaleDB from the official image with a health check', () => {
    expect(s.db.image).toMatch(/^timescale\/timescaledb:/);
    expect(s.db.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('migrates and seeds once the database is healthy, with scripts that exist', () => {
    expect(s.migrate.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    const command = s.migrate.command!.join(' ');
    expect(command).toContain('npm run migrate');
    expect(command).toContain('npm run seed');
    expect(pkg.scripts.migrate).toBeDefined();
    expect(pkg.scripts.seed).toBeDefined();
  });

  it.each([
    ['assets', '4001'],
    ['readings', '4002'],
    ['energy', '4003'],
    ['training', '4004'],
  ])('starts the %s subgraph after migration, on port %s, with a readiness check', (name, port) => {
    const svc = s[name];
    expect(svc.command).toEqual(['npm', 'run', `start:${name}`]);
    expect(pkg.scripts[`start:${name}`]).toBeDefined();
    expect(svc.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
    expect(svc.environment?.[`${name.toUpperCase()}_PORT`]).toBe(port);
    expect(svc.environment?.HOST).toBe('0.0.0.0');
    expect(svc.environment?.DATABASE_URL).toMatch(/@db:5432\//);
    expect(svc.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${port}/ready`);
    expect(s.gateway.environment?.[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
    expect(s.gateway.depends_on?.[name]).toEqual({ condition: 'service_healthy' });
  });

  it('publishes the gateway on 4000', () => {
    expect(s.gateway.ports).toEqual(['4000:4000']);
    expect(s.gateway.command).toEqual(['npm', 'run', 'start:gateway']);
  });
});
