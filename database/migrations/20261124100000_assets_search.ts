import { type Kysely, sql } from 'kysely';

// Forgiving equipment lookup and search.
// - `name_key`: the name without case or separators, so "hvac main" finds HVAC-Main as
//   `lookup_key` already does for codes.
// - `search_title` (code variants, name, type) and `search_text` (title plus location, the site
//   chain, description, type description, maker, model, ratings and every metadata key and value) are kept by a trigger,
//   not by the application: the simulator and bulk loads (COPY) write equipment directly, and a
//   rename of a site or type must reach every piece of equipment under it.
// - `search_vector` indexes `search_text` for full text; a trigram index serves similarity when
//   pg_trgm is present (the TimescaleDB PGlite build used by some tests lacks it).
export async function up(db: Kysely<any>): Promise<void> {
  // Lower case, separators to spaces, letters and digits split ("trf1" → "trf 1"), leading zeros
  // dropped ("chiller_003" → "chiller 3"): how people say codes.
  await sql`
    create function assets.search_words(value text) returns text
    language sql immutable parallel safe as $$
      select regexp_replace(
               regexp_replace(
                 regexp_replace(lower(coalesce(value, '')), '[^a-z0-9]+', ' ', 'g'),
                 '([a-z])([0-9])', '\\1 \\2', 'g'),
               '(^| )0+([0-9])', '\\1\\2', 'g')
    $$`.execute(db);
  // Every key and scalar value of a JSON document, as words.
  await sql`
    create function assets.json_words(doc jsonb) returns text
    language sql immutable parallel safe as $$
      select coalesce(string_agg(w, ' '), '') from (
        select jsonb_path_query(doc, 'strict $.** ? (@.type() == "object").keyvalue().key') #>> '{}' as w
        union all
        select v #>> '{}' from jsonb_path_query(doc, 'strict $.**') v
        where jsonb_typeof(v) in ('string', 'number', 'boolean')
      ) words
    $$`.execute(db);

  await sql`
    alter table assets.equipment
      add column name_key text generated always as (lower(regexp_replace(name, '[^A-Za-z0-9]+', '', 'g'))) stored,
      add column search_title text not null default '',
      add column search_text text not null default '',
      add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored`.execute(db);
  await sql`create index equipment_org_name_key on assets.equipment (organization_id, name_key)`.execute(db);
  await sql`create index equipment_search_vector on assets.equipment using gin (search_vector)`.execute(db);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db);
  if (rows[0].n > 0) {
    await sql`create index equipment_search_trgm on assets.equipment using gin (search_text gin_trgm_ops)`.execute(db);
  }
  await sql`create index equipment_relations_org_from on assets.equipment_relations (organization_id, from_id)`.execute(db);

  await sql`
    create function assets.equipment_search_document() returns trigger
    language plpgsql as $$
    declare
      type_name text;
      type_description text;
      site_names text;
      ratings_words text;
    begin
      select t.name, t.description into type_name, type_description from assets.equipment_types t where t.id = new.type_id;
      with recursive chain(id, parent_id, name, depth) as (
        select s.id, s.parent_id, s.name, 0 from assets.sites s where s.id = new.site_id
        union all
        select s.id, s.parent_id, s.name, c.depth + 1 from assets.sites s join chain c on s.id = c.parent_id where c.depth < 32
      )
      select string_agg(name, ' ' order by depth) into site_names from chain;
      -- "2000 kVA", "300 TR": ratings as people say them.
      select string_agg(concat_ws(' ', replace(r->>'name', '_', ' '), r->>'value', r->>'unit'), ' ')
        into ratings_words from jsonb_array_elements(new.ratings) r;
      new.search_title := concat_ws(' ',
        lower(new.code), assets.search_words(new.code), lower(new.name), assets.search_words(new.name),
        assets.search_words(new.type_id), lower(type_name));
      new.search_text := concat_ws(' ',
        new.search_title, assets.search_words(new.location), lower(site_names), lower(new.description),
        lower(type_description), lower(new.manufacturer), lower(new.model), lower(ratings_words), assets.search_words(assets.json_words(new.metadata)));
      return new;
    end $$`.execute(db);
  await sql`
    create trigger equipment_search_document
      before insert or update of code, name, type_id, site_id, location, description, manufacturer, model, ratings, metadata
      on assets.equipment for each row execute function assets.equipment_search_document()`.execute(db);

  // A renamed or moved site, or a renamed type, refreshes the documents that mention it.
  await sql`
    create function assets.site_search_refresh() returns trigger
    language plpgsql as $$
    begin
      with recursive tree(id) as (
        select new.id
        union all
        select s.id from assets.sites s join tree on s.parent_id = tree.id
      )
      update assets.equipment e set site_id = e.site_id where e.site_id in (select id from tree);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger site_search_refresh after update of name, parent_id on assets.sites
      for each row when (old.name is distinct from new.name or old.parent_id is distinct from new.parent_id)
      execute function assets.site_search_refresh()`.execute(db);
  await sql`
    create function assets.type_search_refresh() returns trigger
    language plpgsql as $$
    begin
      update assets.equipment e set type_id = e.type_id where e.type_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger type_search_refresh after update of name, description on assets.equipment_types
      for each row when (old.name is distinct from new.name or old.description is distinct from new.description)
      execute function assets.type_search_refresh()`.execute(db);

  // Rows written before this migration get their documents now.
  await sql`update assets.equipment set code = code`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists type_search_refresh on assets.equipment_types`.execute(db);
  await sql`drop trigger if exists site_search_refresh on assets.sites`.execute(db);
  await sql`drop trigger if exists equipment_search_document on assets.equipment`.execute(db);
  await sql`drop function if exists assets.type_search_refresh(), assets.site_search_refresh(), assets.equipment_search_document()`.execute(db);
  await sql`drop index if exists assets.equipment_relations_org_from`.execute(db);
  await sql`
    alter table assets.equipment
      drop column if exists search_vector, drop column if exists search_text,
      drop column if exists search_title, drop column if exists name_key`.execute(db);
  await sql`drop function if exists assets.json_words(jsonb), assets.search_words(text)`.execute(db);
}
