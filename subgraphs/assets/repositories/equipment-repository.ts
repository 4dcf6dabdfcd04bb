import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../database/database.js';
import type { EquipmentCategory, EquipmentStatus } from '../../../database/tables/assets.table.js';
import type { EquipmentRow, SearchHitRow } from '../mappers.js';
import { lookupKey, stripLeadingZeros } from '../text.js';

export { lookupKey };

/** Every column the API reads; the search columns stay in the database. */
export const EQUIPMENT_COLUMNS = [
  'id', 'organization_id', 'site_id', 'type_id', 'code', 'lookup_key', 'name_key', 'name', 'description', 'location',
  'manufacturer', 'model', 'serial_number', 'installed_on', 'ratings', 'data_interval_seconds', 'mqtt_topic', 'metadata',
  'status', 'status_since', 'created_at', 'updated_at', 'retired_at',
] as const;

export interface EquipmentFilterInput {
  siteId?: string | null;
  typeIds?: readonly string[] | null;
  categories?: readonly EquipmentCategory[] | null;
  codePrefix?: string | null;
  statuses?: readonly EquipmentStatus[] | null;
  /** Normalized words that must all occur in the search text. */
  words?: readonly string[] | null;
  includeRetired?: boolean | null;
}

export function equipmentByIds(db: Kysely<Database>, organizationId: string, ids: readonly string[]): Promise<EquipmentRow[]> {
  return db
    .selectFrom('assets.equipment')
    .select(EQUIPMENT_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

/**
 * Best match for a spoken or typed code or name, in tiers: the exact text (case-insensitive),
 * then the separator-free key, then the key without leading zeros ("chiller3" = "chiller003").
 * Rows of the best tier only; the caller decides what several of them mean.
 */
async function lookup(
  db: Kysely<Database>,
  organizationId: string,
  column: 'code' | 'name',
  text: string,
): Promise<EquipmentRow[]> {
  const keyColumn = column === 'code' ? 'lookup_key' : 'name_key';
  const key = lookupKey(text);
  const stripped = stripLeadingZeros(key);
  const tier = sql<number>`case when lower(${sql.ref(column)}) = ${text.toLowerCase()} then 1
    when ${sql.ref(keyColumn)} = ${key} then 2 else 3 end`;
  const rows = await db
    .selectFrom('assets.equipment')
    .select(EQUIPMENT_COLUMNS)
    .select(tier.as('tier'))
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb(sql`lower(${sql.ref(column)})`, '=', text.toLowerCase()),
        eb(keyColumn, '=', key),
        eb(sql`regexp_replace(${sql.ref(keyColumn)}, '(^|[a-z])0+([0-9])', '\\1\\2', 'g')`, '=', stripped),
      ]),
    )
    // Active before retired, then the shortest: "compressor 1" is Compressor-1 before compressor_0001.
    .orderBy('tier')
    .orderBy(sql`retired_at is not null`)
    .orderBy(sql`length(${sql.ref(column)})`)
    .orderBy('code')
    .limit(20)
    .execute();
  if (!rows.length) return [];
  const best = rows.filter((r) => r.tier === rows[0].tier && (r.retired_at === null) === (rows[0].retired_at === null));
  return best.map(({ tier: _t, ...e }) => e as EquipmentRow);
}

export async function equipmentByCode(db: Kysely<Database>, organizationId: string, code: string): Promise<EquipmentRow | undefined> {
  return (await lookup(db, organizationId, 'code', code))[0];
}

export function equipmentByNameCandidates(db: Kysely<Database>, organizationId: string, name: string): Promise<EquipmentRow[]> {
  return lookup(db, organizationId, 'name', name);
}

/**
 * The closest codes or names to a miss, for the error message. Trigram similarity when pg_trgm
 * is there, else nothing: a suggestion is a courtesy, never a reason to fail differently.
 */
export async function closestEquipment(
  db: Kysely<Database>,
  organizationId: string,
  column: 'code' | 'name',
  text: string,
  limit = 3,
): Promise<string[]> {
  try {
    const rows = await db
      .selectFrom('assets.equipment')
      .select(column)
      .where('organization_id', '=', organizationId)
      .where('retired_at', 'is', null)
      .orderBy(sql`similarity(${sql.ref(column === 'code' ? 'lookup_key' : 'name_key')}, ${lookupKey(text)})`, 'desc')
      .orderBy(column)
      .limit(limit)
      .execute();
    return rows.map((r) => r[column]);
  } catch {
    return [];
  }
}

export function equipmentBySiteIds(db: Kysely<Database>, organizationId: string, siteIds: readonly string[]): Promise<EquipmentRow[]> {
  return db
    .selectFrom('assets.equipment')
    .select(EQUIPMENT_COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('retired_at', 'is', null)
    .where('site_id', '=', (eb) => eb.fn.any(eb.val([...siteIds])))
    .orderBy('code')
    .execute();
}

export function countEquipment(db: Kysely<Database>, organizationIds: readonly string[]): Promise<{ organization_id: string; n: number }[]> {
  return db
    .selectFrom('assets.equipment')
    .select(['organization_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', (eb) => eb.fn.any(eb.val([...organizationIds])))
    .where('retired_at', 'is', null)
    .groupBy('organization_id')
    .execute();
}

/** The site and every site nested inside it, however deep, as a subquery. */
function siteTree(organizationId: string, siteId: string) {
  return sql<string>`(with recursive tree(id) as (
    select id from assets.sites where id = ${siteId} and organization_id = ${organizationId}
    union all
    select s.id from assets.sites s join tree on s.parent_id = tree.id
  ) select id from tree)`;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** The equipment filter as one Kysely condition set over `assets.equipment as e`. */
function filtered(db: Kysely<Database>, organizationId: string, filter: EquipmentFilterInput) {
  let q = db.selectFrom('assets.equipment as e').where('e.organization_id', '=', organizationId);
  if (!filter.includeRetired) q = q.where('e.retired_at', 'is', null);
  if (filter.siteId) q = q.where('e.site_id', 'in', siteTree(organizationId, filter.siteId));
  if (filter.typeIds?.length) q = q.where('e.type_id', '=', (eb) => eb.fn.any(eb.val([...filter.typeIds!])));
  if (filter.categories?.length) {
    q = q.where('e.type_id', 'in', (sq) => sq.selectFrom('assets.equipment_types').select('id').where('category', '=', (eb) => eb.fn.any(eb.val([...filter.categories!]))));
  }
  if (filter.codePrefix) q = q.where(sql`lower(e.code)`, 'like', `${escapeLike(filter.codePrefix.toLowerCase())}%`);
  if (filter.statuses?.length) q = q.where('e.status', '=', (eb) => eb.fn.any(eb.val([...filter.statuses!])));
  for (const w of filter.words ?? []) q = q.where('e.search_text', 'like', `%${escapeLike(w)}%`);
  return q;
}

export interface EquipmentPageQuery {
  filter: EquipmentFilterInput;
  first: number;
  after?: [string, string];
}

/**
 * One statement for a page and the filter's total: the filtered set is a CTE that both the page
 * (keyset after the cursor, one extra row to learn whether more follow) and the count read.
 */
export async function listEquipmentPage(
  db: Kysely<Database>,
  organizationId: string,
  { filter, first, after }: EquipmentPageQuery,
): Promise<{ rows: EquipmentRow[]; totalCount: number; hasNextPage: boolean }> {
  const rows = await db
    .with('filtered', () => filtered(db, organizationId, filter).select(EQUIPMENT_COLUMNS.map((c) => `e.${c}` as const)))
    // The count row always exists; the page joins onto it, so a page past the end still
    // carries the total.
    .selectFrom((eb) => eb.selectFrom('filtered').select(eb.fn.countAll<number>().as('total_count')).as('t'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('filtered')
          .selectAll('filtered')
          .$if(!!after, (q) => q.where(sql<boolean>`(filtered.code, filtered.id) > (${after?.[0]}, ${after?.[1]}::uuid)`))
          .orderBy('filtered.code')
          .orderBy('filtered.id')
          .limit(first + 1)
          .as('p'),
      (join) => join.onTrue(),
    )
    .selectAll('p')
    .select('t.total_count')
    .execute();
  const totalCount = Number(rows[0]?.total_count ?? 0);
  const page = rows.filter((r) => r.id !== null) as unknown as (EquipmentRow & { total_count: number })[];
  const hasNextPage = page.length > first;
  return { rows: page.slice(0, first).map(({ total_count: _t, ...e }) => e as EquipmentRow), totalCount, hasNextPage };
}

export interface SearchQuery {
  /** The text as given (for the exact code/name bonus). */
  text: string;
  /** Normalized query words (see `queryWords`). */
  words: string[];
  filter: EquipmentFilterInput;
  first: number;
  minScore: number;
}

/** Query words match lexemes at least this similar (pg_trgm word_similarity). */
const MIN_WORD_SIMILARITY = 0.3;

/**
 * Ranked search in one statement. Each query word is scored on its own, so word order does not
 * matter. The organization's lexicon (every word of its search vectors) is matched once per
 * query against the query words by trigram `word_similarity`, which forgives typos ("chiler" ≈
 * "chiller"); a piece of equipment then scores, per query word, the best similarity among its
 * own words, at full weight when the word is in its title (code, name, type) and 0.8 elsewhere.
 * Trigrams are thus computed for the short lexicon words, never for every row's long text.
 * The score is 0.92 × (0.7 × the mean of those + 0.3 × the share of query words that are words
 * of the equipment exactly), plus 0.03 × the trigram similarity of the whole text to the code or
 * name key (which breaks ties: "compresor 1" is nearer Compressor-1 than Compressor-EU-1).
 * Exact matches score higher still: the code as typed 1, the code without case and separators
 * 0.99, the name so 0.98, either without leading zeros 0.97 ("compressor 1" is Compressor-1,
 * then compressor_001 named "Compressor 1").
 */
export async function searchEquipment(db: Kysely<Database>, organizationId: string, q: SearchQuery): Promise<SearchHitRow[]> {
  const key = lookupKey(q.text);
  const stripped = stripLeadingZeros(key);
  const n = q.words.length;
  const rows = await db
    .with('query_words', () => db.selectFrom(sql<{ w: string }>`unnest(${sql.val(q.words)}::text[])`.as('u')).select(sql<string>`u`.as('w')))
    .with('lexicon', () =>
      db
        .selectFrom(sql`assets.equipment e, unnest(e.search_vector)`.as('l'))
        .select(sql<string>`l.lexeme`.as('lexeme'))
        .distinct()
        .where(sql`e.organization_id`, '=', organizationId),
    )
    // Materialized: the word-to-lexicon matching runs once per query, not once per row.
    .with((cte) => cte('candidates').materialized(), (qc) =>
      qc
        .selectFrom(['query_words', 'lexicon'])
        .select(['query_words.w', 'lexicon.lexeme', sql<number>`word_similarity(query_words.w, lexicon.lexeme)`.as('sim')])
        .where(sql`word_similarity(query_words.w, lexicon.lexeme)`, '>=', MIN_WORD_SIMILARITY),
    )
    .with('scored', () =>
      filtered(db, organizationId, { ...q.filter, words: null })
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom(
                sql`(select c.w, max(c.sim * case when l.lexeme = any(tsvector_to_array(to_tsvector('simple', e.search_title))) then 1 else 0.8 end) as best,
                            bool_or(c.sim = 1 and c.w = l.lexeme) as exact
                     from unnest(e.search_vector) l join candidates c on c.lexeme = l.lexeme
                     group by c.w)`.as('b'),
              )
              .select([
                sql<number>`coalesce(sum(b.best), 0) / ${n}`.as('similarity'),
                sql<number>`count(*) filter (where b.exact)::float8 / ${n}`.as('coverage'),
                sql<string[]>`coalesce(array_agg(b.w order by b.w) filter (where b.exact), '{}')`.as('matched'),
              ])
              .as('s'),
          (join) => join.onTrue(),
        )
        .select(['e.id', 'e.code', 's.matched'])
        .select(
          sql<number>`round(greatest(
            0.92 * (0.7 * s.similarity + 0.3 * s.coverage)
              + 0.03 * greatest(similarity(e.lookup_key, ${key}), similarity(e.name_key, ${key})),
            case when lower(e.code) = ${q.text.toLowerCase()} then 1
                 when e.lookup_key = ${key} then 0.99
                 when e.name_key = ${key} then 0.98
                 when regexp_replace(e.lookup_key, '(^|[a-z])0+([0-9])', '\\1\\2', 'g') = ${stripped}
                   or regexp_replace(e.name_key, '(^|[a-z])0+([0-9])', '\\1\\2', 'g') = ${stripped} then 0.97
                 else 0 end)::numeric, 4)`.as('score'),
        ),
    )
    .with('top', (qc) =>
      qc
        .selectFrom('scored')
        .selectAll()
        .where('score', '>=', q.minScore)
        .orderBy('score', 'desc')
        // Ties: the shorter code, then byte order, so every server and collation agrees.
        .orderBy(sql`length(code)`)
        .orderBy(sql`code collate "C"`)
        .limit(q.first),
    )
    .selectFrom('top')
    .innerJoin('assets.equipment as e', 'e.id', 'top.id')
    .select(EQUIPMENT_COLUMNS.map((c) => `e.${c}` as const))
    .select(['top.score', 'top.matched'])
    .orderBy('top.score', 'desc')
    .orderBy(sql`length(top.code)`)
    .orderBy(sql`top.code collate "C"`)
    .execute();
  return (rows as unknown as (EquipmentRow & { score: number; matched: string[] })[]).map(({ score, matched, ...e }) => ({
    equipment: e as EquipmentRow,
    score: Number(score),
    matchedWords: matched,
  }));
}
