// Bulk import of an assets document (the chemical seed's assets.json shape). Every item is
// checked first and gets an outcome; the accepted ones are then written in one transaction.
// Idempotent by id: an item equal to what is stored is UNCHANGED and writes nothing.
import { type Kysely, type Transaction, sql } from 'kysely';
import { BadInputError, LimitExceededError } from '../../../common/errors.js';
import { isUuid } from '../../../common/validate.js';
import type { Database } from '../../../database/database.js';
import type { Rating } from '../../../database/tables/assets.table.js';
import { MAX_IMPORT_ITEMS } from '../input.js';
import { lookupKey } from '../text.js';
import { EQUIPMENT_COLUMNS } from './equipment-repository.js';
import { equipmentUpdateOf, type EquipmentFields, uniqueViolationOf } from './equipment-writes.js';

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface ImportItemResult {
  index: number;
  id: string | null;
  code: string | null;
  outcome: ImportOutcome;
  reason: string | null;
}

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  written: boolean;
  createdTypes: string[];
  items: ImportItemResult[];
}

export interface ImportOptions {
  defaultSiteId: string;
  createMissingTypes: boolean;
  allOrNothing: boolean;
  dryRun: boolean;
}

interface Candidate {
  result: ImportItemResult;
  id: string;
  fields: Required<Pick<EquipmentFields, 'code' | 'name' | 'typeId' | 'siteId'>> & EquipmentFields;
  typeLabel: string;
}

/** JSON with object keys sorted, so stored jsonb and given JSON compare equal when they mean the same. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const typeIdOf = (type: string) => type.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^([0-9])/, 't_$1');
const titleCase = (s: string) => s.trim().replace(/[_\s]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

function optionalString(item: Record<string, unknown>, key: string, max: number): string | undefined {
  const v = item[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`${key} must be a string`);
  const t = v.trim();
  if (t.length > max) throw new Error(`${key} is ${t.length} characters long; at most ${max} are allowed`);
  return t || undefined;
}

function ratingsOf(v: unknown): Rating[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new Error('ratings must be a list of {name, value, unit}');
  return v.map((r, i) => {
    const ok = r && typeof r === 'object' && typeof r.name === 'string' && typeof r.unit === 'string' && typeof r.value === 'number' && Number.isFinite(r.value);
    if (!ok) throw new Error(`ratings[${i}] must be {name: string, value: number, unit: string}`);
    return { name: r.name, value: r.value, unit: r.unit };
  });
}

/** The list of items of a document: an array, or an object with an `assets` array. */
export function itemsOf(document: unknown): unknown[] {
  const items = Array.isArray(document) ? document : document && typeof document === 'object' && Array.isArray((document as { assets?: unknown }).assets) ? (document as { assets: unknown[] }).assets : undefined;
  if (!items) throw new BadInputError('document must be a JSON array of assets or an object with an `assets` array.', { argument: 'document' });
  if (items.length > MAX_IMPORT_ITEMS) {
    throw new LimitExceededError('importItems', `document holds ${items.length} assets; at most ${MAX_IMPORT_ITEMS} may be imported at once. Split it.`, { argument: 'document', maximum: MAX_IMPORT_ITEMS });
  }
  return items;
}

export async function importAssets(db: Kysely<Database>, organizationId: string, document: unknown, options: ImportOptions): Promise<ImportReport> {
  const items = itemsOf(document);
  return db.transaction().execute(async (trx) => {
    const site = await trx.selectFrom('assets.sites').select(['id', 'retired_at']).where('organization_id', '=', organizationId).where('id', '=', options.defaultSiteId).executeTakeFirst();
    if (!site || site.retired_at) throw new BadInputError(`defaultSiteId '${options.defaultSiteId}' is not an active site of this organization.`, { argument: 'defaultSiteId' });
    const sites = await trx.selectFrom('assets.sites').select(['id', 'code', 'name']).where('organization_id', '=', organizationId).where('retired_at', 'is', null).execute();
    const siteByWords = new Map<string, string>();
    for (const s of sites) {
      siteByWords.set(lookupKey(s.name), s.id);
      siteByWords.set(lookupKey(s.code), s.id);
    }
    const typeIds = new Set((await trx.selectFrom('assets.equipment_types').select('id').execute()).map((t) => t.id));

    // 1. Each item on its own.
    const results: ImportItemResult[] = [];
    const candidates: Candidate[] = [];
    const seenIds = new Set<string>();
    items.forEach((raw, index) => {
      const result: ImportItemResult = { index, id: null, code: null, outcome: 'REJECTED', reason: null };
      results.push(result);
      try {
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('an asset must be a JSON object');
        const item = raw as Record<string, unknown>;
        result.id = typeof item.id === 'string' ? item.id : item.id === undefined || item.id === null ? null : String(item.id);
        if (!isUuid(item.id)) throw new Error(`id ${item.id === undefined ? 'is missing' : `'${String(item.id)}' is not a UUID`}; every asset needs a UUID id`);
        const id = item.id.toLowerCase();
        result.id = id;
        if (seenIds.has(id)) throw new Error(`id '${id}' appears earlier in the document`);
        seenIds.add(id);
        const name = optionalString(item, 'name', 200);
        if (!name) throw new Error('name is missing');
        const code = optionalString(item, 'code', 100) ?? (name.length <= 100 ? name : undefined);
        if (!code) throw new Error('code is missing and the name is too long to serve as one');
        result.code = code;
        const key = lookupKey(code);
        if (!key) throw new Error(`code '${code}' has no letters or digits`);
        const typeLabel = optionalString(item, 'type', 100);
        if (!typeLabel) throw new Error('type is missing');
        const typeId = typeIdOf(typeLabel);
        if (!typeId) throw new Error(`type '${typeLabel}' has no letters or digits`);
        if (!typeIds.has(typeId) && !options.createMissingTypes) {
          throw new Error(`type '${typeLabel}' is not an equipment type (allowed: ${[...typeIds].sort().join(', ')}; or import with createMissingTypes: true)`);
        }
        const location = optionalString(item, 'location', 200);
        const specifications = item.specifications;
        if (specifications !== undefined && specifications !== null && (typeof specifications !== 'object' || Array.isArray(specifications))) {
          throw new Error('specifications must be a JSON object');
        }
        const metadata = item.metadata;
        if (metadata !== undefined && metadata !== null && (typeof metadata !== 'object' || Array.isArray(metadata))) throw new Error('metadata must be a JSON object');
        const merged = { ...((metadata as Record<string, unknown>) ?? {}), ...(specifications ? { specifications } : {}) };
        candidates.push({
          result,
          id,
          typeLabel,
          fields: {
            code,
            name,
            typeId,
            siteId: (location && siteByWords.get(lookupKey(location))) || options.defaultSiteId,
            location: location ?? undefined,
            description: optionalString(item, 'description', 2000),
            manufacturer: optionalString(item, 'manufacturer', 200),
            model: optionalString(item, 'model', 200),
            ratings: ratingsOf(item.ratings),
            metadata: metadata !== undefined || specifications !== undefined ? merged : undefined,
          },
        });
      } catch (e) {
        result.outcome = 'REJECTED';
        result.reason = (e as Error).message;
      }
    });

    // 2. Against what is stored: one read for the ids, one for the codes.
    const existing = candidates.length
      ? await trx.selectFrom('assets.equipment').select([...EQUIPMENT_COLUMNS]).where('id', '=', (eb) => eb.fn.any(eb.val(candidates.map((c) => c.id)))).execute()
      : [];
    const byId = new Map(existing.map((e) => [e.id, e]));
    const codeHolders = candidates.length
      ? await trx
          .selectFrom('assets.equipment')
          .select(['id', 'code', 'lookup_key'])
          .where('organization_id', '=', organizationId)
          // Candidate keys are never empty; saying so lets the planner use the partial unique index.
          .where('lookup_key', '<>', '')
          .where('lookup_key', '=', (eb) => eb.fn.any(eb.val(candidates.map((c) => lookupKey(c.fields.code)))))
          .execute()
      : [];
    const holderByKey = new Map(codeHolders.map((h) => [h.lookup_key, h]));
    const creates: Candidate[] = [];
    const updates: { c: Candidate; changed: string[] }[] = [];
    // Codes: stored ones first, then the document's own items, earlier before later.
    const claimed = new Map<string, number>();
    for (const c of candidates) {
      const current = byId.get(c.id);
      const key = lookupKey(c.fields.code);
      const holder = holderByKey.get(key);
      if (holder && holder.id !== c.id) {
        c.result.reason = `code '${c.fields.code}' is already taken in this organization by '${holder.code}' (id ${holder.id})`;
        continue;
      }
      if (claimed.has(key)) {
        c.result.reason = `code '${c.fields.code}' is used by item ${claimed.get(key)} of the document`;
        continue;
      }
      claimed.set(key, c.result.index);
      if (!current) {
        c.result.outcome = 'CREATED';
        creates.push(c);
        continue;
      }
      if (current.organization_id !== organizationId) {
        c.result.reason = `id '${c.id}' is already used outside this organization`;
        continue;
      }
      if (current.retired_at) {
        c.result.reason = `equipment '${current.code}' (id ${c.id}) is retired; retired equipment is not re-imported`;
        continue;
      }
      const f = c.fields;
      const compare: [string, unknown, unknown][] = [
        ['code', f.code, current.code],
        ['name', f.name, current.name],
        ['type', f.typeId, current.type_id],
        ['site', f.siteId, current.site_id],
        ['location', f.location, current.location],
        ['description', f.description, current.description],
        ['manufacturer', f.manufacturer, current.manufacturer],
        ['model', f.model, current.model],
        ['ratings', f.ratings, current.ratings],
        ['metadata', f.metadata, current.metadata],
      ];
      const changed = compare.filter(([, given, stored]) => given !== undefined && stable(given) !== stable(stored)).map(([n]) => n);
      if (changed.length) {
        c.result.outcome = 'UPDATED';
        c.result.reason = `changed: ${changed.join(', ')}`;
        updates.push({ c, changed });
      } else {
        c.result.outcome = 'UNCHANGED';
      }
    }

    const count = (o: ImportOutcome) => results.filter((r) => r.outcome === o).length;
    const missingTypesOf = () =>
      [...new Map([...creates, ...updates.map((u) => u.c)].filter((c) => !typeIds.has(c.fields.typeId)).map((c) => [c.fields.typeId, c.typeLabel])).entries()];
    const reportOf = (write: boolean): ImportReport => ({
      created: count('CREATED'),
      updated: count('UPDATED'),
      unchanged: count('UNCHANGED'),
      rejected: count('REJECTED'),
      written: write && (creates.length > 0 || updates.length > 0),
      createdTypes: missingTypesOf()
        .map(([id]) => id)
        .sort(),
      items: results,
    });
    const writes = () => !options.dryRun && !(options.allOrNothing && count('REJECTED') > 0);
    if (!writes()) return reportOf(false);
    if (!creates.length && !updates.length) return reportOf(true);

    // 3. Writes: types, one multi-row insert, then the updates. A concurrent change can take a
    // code (or create an id) after the reads above; the unique indexes refuse it. The writes run
    // under a savepoint, so such a refusal undoes them all: the items that lost the race become
    // REJECTED, and the rest are written again (or, allOrNothing, nothing is).
    for (;;) {
      await sql`savepoint import_writes`.execute(trx);
      try {
        await writeItems(trx, organizationId, missingTypesOf(), creates, updates);
        await sql`release savepoint import_writes`.execute(trx);
        return reportOf(true);
      } catch (e) {
        if (uniqueViolationOf(e) === undefined) throw e;
        await sql`rollback to savepoint import_writes`.execute(trx);
        const lost = await raceLosers(trx, organizationId, creates, updates.map((u) => u.c));
        // Not a race this import can name: let the mutation fail as before.
        if (!lost.size) throw e;
        for (const [c, reason] of lost) {
          c.result.outcome = 'REJECTED';
          c.result.reason = reason;
        }
        creates.splice(0, creates.length, ...creates.filter((c) => !lost.has(c)));
        updates.splice(0, updates.length, ...updates.filter((u) => !lost.has(u.c)));
        if (!writes()) return reportOf(false);
      }
    }
  });
}

async function writeItems(
  trx: Transaction<Database>,
  organizationId: string,
  missingTypes: [string, string][],
  creates: Candidate[],
  updates: { c: Candidate }[],
): Promise<void> {
  if (missingTypes.length) {
    await trx
      .insertInto('assets.equipment_types')
      .values(missingTypes.map(([id, label]) => ({ id, name: titleCase(label), category: 'utility' as const, description: null })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  if (creates.length) {
    const inserted = await trx
      .insertInto('assets.equipment')
      .values(
        creates.map(({ id, fields: f }) => ({
          id,
          organization_id: organizationId,
          site_id: f.siteId,
          type_id: f.typeId,
          code: f.code,
          name: f.name,
          location: f.location ?? null,
          description: f.description ?? null,
          manufacturer: f.manufacturer ?? null,
          model: f.model ?? null,
          ratings: JSON.stringify(f.ratings ?? []),
          metadata: JSON.stringify(f.metadata ?? {}),
          data_interval_seconds: 60,
          status: 'running' as const,
        })),
      )
      .returning(['id', 'status', 'status_since'])
      .execute();
    await trx
      .insertInto('assets.status_history')
      .values(inserted.map((r) => ({ equipment_id: r.id, status: r.status, started_at: r.status_since, reason: 'imported' })))
      .execute();
  }
  for (const { c } of updates) {
    await trx
      .updateTable('assets.equipment')
      .set({ ...equipmentUpdateOf(c.fields), updated_at: sql<Date>`now()` as unknown as Date })
      .where('id', '=', c.id)
      .execute();
  }
}

/**
 * After a unique violation: the items whose code another piece of equipment now holds, or whose
 * new id now exists. The concurrent writer has committed (or the index would have waited for
 * it), so a fresh read sees it.
 */
async function raceLosers(trx: Transaction<Database>, organizationId: string, creates: Candidate[], updates: Candidate[]): Promise<Map<Candidate, string>> {
  const all = [...creates, ...updates];
  const lost = new Map<Candidate, string>();
  if (!all.length) return lost;
  const holders = await trx
    .selectFrom('assets.equipment')
    .select(['id', 'code', 'lookup_key'])
    .where('organization_id', '=', organizationId)
    .where('lookup_key', '<>', '')
    .where('lookup_key', '=', (eb) => eb.fn.any(eb.val(all.map((c) => lookupKey(c.fields.code)))))
    .execute();
  const holderByKey = new Map(holders.map((h) => [h.lookup_key, h]));
  const taken = creates.length
    ? new Set((await trx.selectFrom('assets.equipment').select('id').where('id', '=', (eb) => eb.fn.any(eb.val(creates.map((c) => c.id)))).execute()).map((r) => r.id))
    : new Set<string>();
  for (const c of all) {
    const holder = holderByKey.get(lookupKey(c.fields.code));
    if (holder && holder.id !== c.id) {
      lost.set(c, `code '${c.fields.code}' was taken in this organization by '${holder.code}' (id ${holder.id}) while this import ran; nothing of this item was written`);
    } else if (creates.includes(c) && taken.has(c.id)) {
      lost.set(c, `id '${c.id}' was created by a concurrent change while this import ran; nothing of this item was written. Import again to compare with it`);
    }
  }
  return lost;
}
