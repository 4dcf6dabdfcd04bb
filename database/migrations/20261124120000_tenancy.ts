import { type Kysely, sql } from 'kysely';

// Keys, users and usage of the tenants. Keys are stored as SHA-256 of the whole key: the key
// itself is shown once, at creation. Usage is aggregated per organization, key and hour — the
// billing basis.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table platform.users (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      email text not null check (email ~ '^[^@\\s]+@[^@\\s]+$'),
      name text not null,
      roles text[] not null check (roles <@ array['viewer', 'ai', 'operator', 'engineer', 'admin']::text[] and cardinality(roles) > 0),
      created_at timestamptz not null default now(),
      disabled_at timestamptz
    )`.execute(db);
  await sql`create unique index users_email on platform.users (lower(email))`.execute(db);

  await sql`
    create table platform.api_keys (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      user_id uuid references platform.users(id),
      name text not null,
      prefix text not null unique,
      key_hash text not null,
      roles text[] not null check (roles <@ array['viewer', 'ai', 'operator', 'engineer', 'admin']::text[] and cardinality(roles) > 0),
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    )`.execute(db);
  await sql`create index api_keys_org on platform.api_keys (organization_id)`.execute(db);

  await sql`
    create table platform.usage_hourly (
      organization_id uuid not null references platform.organizations(id),
      api_key_id uuid,
      subject text not null,
      hour timestamptz not null,
      operations bigint not null default 0,
      errors bigint not null default 0,
      cost_units bigint not null default 0,
      points_returned bigint not null default 0,
      primary key (organization_id, subject, hour)
    )`.execute(db);
  await sql`create index usage_hourly_org_hour on platform.usage_hourly (organization_id, hour)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists platform.usage_hourly, platform.api_keys, platform.users`.execute(db);
}
