import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table assets.sites (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      parent_id uuid references assets.sites(id),
      kind text not null check (kind in ('campus', 'factory', 'facility', 'building', 'room', 'area')),
      code text not null,
      name text not null,
      time_zone text not null,
      address text,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      climate text,
      metadata jsonb not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      retired_at timestamptz,
      unique (organization_id, code)
    )`.execute(db);
  await sql`create index sites_parent on assets.sites (parent_id)`.execute(db);

  await sql`
    create table assets.equipment_types (
      id text primary key check (id ~ '^[a-z][a-z0-9_]*$'),
      name text not null,
      category text not null check (category in ('lt_panel', 'major_equipment', 'production_machine', 'utility')),
      description text
    )`.execute(db);

  await sql`
    create table assets.equipment (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      site_id uuid not null references assets.sites(id),
      type_id text not null references assets.equipment_types(id),
      code text not null check (length(code) between 1 and 100),
      lookup_key text generated always as (lower(regexp_replace(code, '[^A-Za-z0-9]+', '', 'g'))) stored,
      name text not null,
      description text,
      location text,
      manufacturer text,
      model text,
      serial_number text,
      installed_on date,
      ratings jsonb not null default '[]' check (jsonb_typeof(ratings) = 'array'),
      data_interval_seconds integer not null default 60 check (data_interval_seconds > 0),
      mqtt_topic text,
      metadata jsonb not null default '{}',
      status text not null default 'running' check (status in ('running', 'idle', 'off', 'fault', 'maintenance')),
      status_since timestamptz not null default now(),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      retired_at timestamptz
    )`.execute(db);
  await sql`create unique index equipment_org_code on assets.equipment (organization_id, lower(code))`.execute(db);
  await sql`create index equipment_org_lookup on assets.equipment (organization_id, lookup_key)`.execute(db);
  await sql`create index equipment_site on assets.equipment (site_id)`.execute(db);
  await sql`create index equipment_type on assets.equipment (type_id)`.execute(db);

  await sql`
    create table assets.equipment_relations (
      organization_id uuid not null references platform.organizations(id),
      from_id uuid not null references assets.equipment(id),
      to_id uuid not null references assets.equipment(id),
      kind text not null check (kind in ('feeds', 'serves', 'switches', 'meters', 'backs_up')),
      created_at timestamptz not null default now(),
      primary key (from_id, to_id, kind),
      check (from_id <> to_id)
    )`.execute(db);
  await sql`create index equipment_relations_to on assets.equipment_relations (to_id)`.execute(db);

  await sql`
    create table assets.status_history (
      id bigint generated always as identity primary key,
      equipment_id uuid not null references assets.equipment(id),
      status text not null check (status in ('running', 'idle', 'off', 'fault', 'maintenance')),
      started_at timestamptz not null,
      reason text
    )`.execute(db);
  await sql`create index status_history_equipment on assets.status_history (equipment_id, started_at desc)`.execute(db);

  // Published for other subgraphs (energy, training) to read; they never read the tables.
  await sql`
    create view assets.pub_equipment as
      select e.id, e.organization_id, e.site_id, e.type_id, e.code, e.lookup_key, e.name, e.location,
             e.status, e.status_since, e.data_interval_seconds, e.retired_at, s.time_zone, s.name as site_name
      from assets.equipment e join assets.sites s on s.id = e.site_id`.execute(db);
  await sql`
    create view assets.pub_sites as
      select id, organization_id, parent_id, kind, code, name, time_zone, climate, retired_at from assets.sites`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop view if exists assets.pub_sites, assets.pub_equipment`.execute(db);
  for (const t of ['status_history', 'equipment_relations', 'equipment', 'equipment_types', 'sites']) {
    await sql`drop table if exists ${sql.table(`assets.${t}`)}`.execute(db);
  }
}
