import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Trigram similarity backs forgiving equipment search. The TimescaleDB PGlite build used in
  // tests cannot load it, so it is optional there; every server and embedded database has it.
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (rows[0].n > 0) await sql`create extension if not exists pg_trgm`.execute(db);
  for (const schema of ['platform', 'assets', 'readings', 'energy', 'training']) {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  }
  await sql`
    create table platform.settings (
      key text primary key,
      value text not null
    )`.execute(db);
  await sql`
    create table platform.organizations (
      id uuid primary key,
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]*$'),
      name text not null,
      user_limit integer check (user_limit > 0),
      metadata jsonb not null default '{}',
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table platform.audit_log (
      id bigint generated always as identity primary key,
      organization_id uuid references platform.organizations(id),
      actor text not null,
      operation text not null,
      arguments jsonb not null default '{}',
      outcome text not null check (outcome in ('ok', 'error')),
      error_code text,
      request_id text,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index audit_log_org_at on platform.audit_log (organization_id, at desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const schema of ['training', 'energy', 'readings', 'assets', 'platform']) {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
  }
}
