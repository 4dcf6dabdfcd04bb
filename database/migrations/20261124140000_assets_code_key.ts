import { type Kysely, sql } from 'kysely';

// Equipment codes are unique per organization ignoring case and separators ("Compressor-2" and
// "compressor_2" are one code). The application checks this before writing, but two concurrent
// writes can both pass that check; a unique index makes the database the judge, and the writers
// turn its violation into the same CONFLICT the check raises.
//
// Codes without letters or digits have an empty `lookup_key`. The API rejects them, but the
// table's own check only asks for 1–100 characters and the simulator and bulk loads write
// directly, so such rows could exist; they are left out of the index (they are not the same code
// merely because both lack letters and digits) and stay covered by `equipment_org_code`.
export async function up(db: Kysely<any>): Promise<void> {
  // Name the colliding codes rather than let `create unique index` fail with one bare key.
  const { rows } = await sql<{ organization_id: string; codes: string[] }>`
    select organization_id, array_agg(code order by code) as codes
    from assets.equipment where lookup_key <> ''
    group by organization_id, lookup_key having count(*) > 1
    order by organization_id, min(code) limit 20`.execute(db);
  if (rows.length) {
    const list = rows.map((r) => `${r.organization_id}: ${r.codes.join(' / ')}`).join('; ');
    throw new Error(`assets.equipment holds codes that differ only in case or separators; rename all but one of each before migrating: ${list}`);
  }
  await sql`
    create unique index equipment_org_lookup_key on assets.equipment (organization_id, lookup_key)
      where lookup_key <> ''`.execute(db);
  await sql`drop index assets.equipment_org_lookup`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index if not exists equipment_org_lookup on assets.equipment (organization_id, lookup_key)`.execute(db);
  await sql`drop index if exists assets.equipment_org_lookup_key`.execute(db);
}
