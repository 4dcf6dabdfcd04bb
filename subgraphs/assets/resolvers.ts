import { BadInputError, ConflictError, equipmentNotFound, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/pagination.js';
import { checkUuid, isUuid, required } from '../../common/validate.js';
import type { EquipmentCategory, EquipmentStatus, RelationKind, SiteKind } from '../../database/tables/assets.table.js';
import { adminMutation, adminQuery, adminTypes } from './admin-resolvers.js';
import type { AssetsContext } from './context.js';
import type { EquipmentFilter, Resolvers } from './generated/resolvers-types.js';
import {
  checkDate,
  checkIntRange,
  checkLatitude,
  checkLongitude,
  checkMetadata,
  checkRatings,
  checkScore,
  checkSearchText,
  checkText,
  checkTimeZone,
  lower,
  MAX_DEPTH,
  MAX_PAGE_SIZE,
  MAX_SEARCH_RESULTS,
  upper,
} from './input.js';
import type { EquipmentRow } from './mappers.js';
import { importAssets } from './repositories/asset-import.js';
import {
  closestEquipment,
  equipmentByCode,
  equipmentByNameCandidates,
  type EquipmentFilterInput,
  listEquipmentPage,
  searchEquipment,
} from './repositories/equipment-repository.js';
import { equipmentTypesWithCounts } from './repositories/equipment-type-repository.js';
import {
  addRelation,
  allTypeIds,
  createEquipment,
  type EquipmentFields,
  removeRelation,
  retireEquipment,
  setEquipmentStatus,
  updateEquipment,
} from './repositories/equipment-writes.js';
import { listSites, siteByCode, topLevelSites } from './repositories/site-repository.js';
import { createSite, retireSite, type SiteFields, updateSite } from './repositories/site-writes.js';
import { shortestPath } from './repositories/topology-repository.js';
import { lookupKey, queryWords } from './text.js';

export { MAX_PAGE_SIZE };

const cursorOf = (e: EquipmentRow) => encodeCursor([e.code, e.id]);

/** Fields that may be omitted but never null: null would clear something the schema requires. */
function notNull<T>(value: T | null | undefined, argument: string): T | undefined {
  if (value === null) throw new BadInputError(`${argument} cannot be null; omit it to keep the current value.`, { argument });
  return value;
}

async function equipmentOrNotFound(ctx: AssetsContext, id: string, argument = 'id'): Promise<EquipmentRow> {
  const row = await ctx.loaders.equipment.load(checkUuid(id, argument));
  if (!row) throw equipmentNotFound(id, argument);
  return row;
}

/** The words of a search text; text without any (only punctuation) is a mistake worth naming. */
function textWords(text: string, argument: string): string[] {
  const words = queryWords(text);
  if (!words.length) throw new BadInputError(`${argument} '${text}' has no letters or digits to look for.`, { argument });
  return words;
}

function filterInput(filter: EquipmentFilter | null | undefined, ctx: AssetsContext): EquipmentFilterInput {
  if (!filter) return {};
  if (filter.organizationId && checkUuid(filter.organizationId, 'filter.organizationId') !== ctx.organizationId) {
    throw new ForbiddenError(`filter.organizationId '${filter.organizationId}' is not the caller's organization; only ${ctx.organizationId} is visible.`, {
      argument: 'filter.organizationId',
    });
  }
  const text = filter.text === null || filter.text === undefined ? undefined : checkSearchText(filter.text, 'filter.text');
  const prefix = filter.codePrefix === null || filter.codePrefix === undefined ? undefined : checkText(filter.codePrefix, 'filter.codePrefix', 100);
  return {
    siteId: filter.siteId ? checkUuid(filter.siteId, 'filter.siteId') : null,
    typeIds: filter.typeIds,
    categories: filter.categories?.map((c) => lower(c) as EquipmentCategory),
    codePrefix: prefix,
    statuses: filter.statuses?.map((s) => lower(s) as EquipmentStatus),
    words: text ? textWords(text, 'filter.text') : null,
    includeRetired: filter.includeRetired,
  };
}

/**
 * Unknown type ids are named, not silently matched by nothing. The check loads the types through
 * the request's loader, so the list's `type` fields later cost no statement of their own.
 */
async function checkTypeIds(filter: EquipmentFilterInput, ctx: AssetsContext): Promise<void> {
  if (!filter.typeIds?.length) return;
  const found = await ctx.loaders.equipmentType.loadMany([...filter.typeIds]);
  const unknown = filter.typeIds.filter((_t, i) => !found[i] || found[i] instanceof Error);
  if (unknown.length) {
    const known = await allTypeIds(ctx.db);
    throw new BadInputError(`filter.typeIds: ${unknown.map((t) => `'${t}'`).join(', ')} ${unknown.length === 1 ? 'is not an equipment type' : 'are not equipment types'}. Allowed: ${known.join(', ')}.`, {
      argument: 'filter.typeIds',
      allowed: known,
    });
  }
}

/** An empty answer may hide a typo in the filter: name an unknown site instead. */
async function explainEmpty(filter: EquipmentFilterInput, ctx: AssetsContext): Promise<void> {
  if (filter.siteId && !(await ctx.loaders.site.load(filter.siteId))) {
    throw new NotFoundError(`filter.siteId: no site with id '${filter.siteId}' in this organization.`, { argument: 'filter.siteId' });
  }
}

function walkArgs(direction: 'upstream' | 'downstream', maxDepth: number | null | undefined, kinds: readonly string[] | null | undefined) {
  return {
    direction,
    maxDepth: checkIntRange(maxDepth ?? 10, 'maxDepth', 1, MAX_DEPTH, 'depth'),
    kinds: kinds?.length ? ([...new Set(kinds.map((k) => lower(k) as RelationKind))].sort() as RelationKind[]) : null,
  };
}

/** A code is said aloud and matched without separators, so it needs a letter or digit. */
function checkCode(code: string): string {
  const text = checkText(code, 'input.code', 100);
  if (!lookupKey(text)) throw new BadInputError(`input.code '${text}' has no letters or digits; codes such as chiller_007 or Compressor-2 are matched by them.`, { argument: 'input.code' });
  return text;
}

function equipmentFields(input: {
  code?: string | null;
  name?: string | null;
  typeId?: string | null;
  siteId?: string | null;
  description?: string | null;
  location?: string | null;
  manufacturer?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  installedOn?: string | null;
  ratings?: readonly { name: string; value: number; unit: string }[] | null;
  dataIntervalSeconds?: number | null;
  mqttTopic?: string | null;
  metadata?: unknown;
}): EquipmentFields {
  const code = notNull(input.code, 'input.code');
  const name = notNull(input.name, 'input.name');
  const typeId = notNull(input.typeId, 'input.typeId');
  const siteId = notNull(input.siteId, 'input.siteId');
  const interval = notNull(input.dataIntervalSeconds, 'input.dataIntervalSeconds');
  return {
    code: code === undefined ? undefined : checkCode(code),
    name: name === undefined ? undefined : checkText(name, 'input.name', 200),
    typeId: typeId === undefined ? undefined : checkText(typeId, 'input.typeId', 100),
    siteId: siteId === undefined ? undefined : checkUuid(siteId, 'input.siteId'),
    description: checkText(input.description, 'input.description', 2000, true),
    location: checkText(input.location, 'input.location', 200, true),
    manufacturer: checkText(input.manufacturer, 'input.manufacturer', 200, true),
    model: checkText(input.model, 'input.model', 200, true),
    serialNumber: checkText(input.serialNumber, 'input.serialNumber', 200, true),
    installedOn: checkDate(input.installedOn, 'input.installedOn'),
    ratings: checkRatings(notNull(input.ratings, 'input.ratings'), 'input.ratings'),
    dataIntervalSeconds: interval === undefined ? undefined : checkIntRange(interval, 'input.dataIntervalSeconds', 1, 86400),
    mqttTopic: checkText(input.mqttTopic, 'input.mqttTopic', 500, true),
    metadata: checkMetadata(notNull(input.metadata, 'input.metadata'), 'input.metadata'),
  };
}

function siteFields(input: {
  parentId?: string | null;
  kind?: string | null;
  code?: string | null;
  name?: string | null;
  timeZone?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  climate?: string | null;
  metadata?: unknown;
}): SiteFields {
  const kind = notNull(input.kind, 'input.kind');
  const code = notNull(input.code, 'input.code');
  const name = notNull(input.name, 'input.name');
  const timeZone = notNull(input.timeZone, 'input.timeZone');
  return {
    parentId: input.parentId === undefined || input.parentId === null ? input.parentId : checkUuid(input.parentId, 'input.parentId'),
    kind: kind === undefined ? undefined : (lower(kind) as SiteKind),
    code: code === undefined ? undefined : checkText(code, 'input.code', 100),
    name: name === undefined ? undefined : checkText(name, 'input.name', 200),
    timeZone: timeZone === undefined ? undefined : checkTimeZone(timeZone, 'input.timeZone'),
    address: checkText(input.address, 'input.address', 500, true),
    latitude: checkLatitude(input.latitude, 'input.latitude'),
    longitude: checkLongitude(input.longitude, 'input.longitude'),
    climate: checkText(input.climate, 'input.climate', 100, true),
    metadata: checkMetadata(notNull(input.metadata, 'input.metadata'), 'input.metadata'),
  };
}

export const resolvers: Resolvers = {
  ...adminTypes,
  Query: {
    ...adminQuery,
    organizations: async (_p, _a, ctx) => {
      const org = await ctx.loaders.organization.load(ctx.organizationId);
      return org ? [org] : [];
    },
    sites: (_p, { kind, parentId }, ctx) =>
      listSites(ctx.db, ctx.organizationId, { kind: kind ? (lower(kind) as SiteKind) : undefined, parentId: parentId ? checkUuid(parentId, 'parentId') : undefined }),
    site: async (_p, { id }, ctx) => {
      const site = await ctx.loaders.site.load(checkUuid(id, 'id'));
      if (!site) throw new NotFoundError(`No site with id '${id}' in this organization.`, { argument: 'id' });
      return site;
    },
    siteByCode: async (_p, { code }, ctx) => {
      const site = await siteByCode(ctx.db, ctx.organizationId, checkText(code, 'code', 100));
      if (!site) {
        const codes = (await listSites(ctx.db, ctx.organizationId)).map((s) => s.code);
        throw new NotFoundError(`No site with code '${code}' in this organization. Known codes: ${codes.slice(0, 40).join(', ')}.`, { argument: 'code' });
      }
      return site;
    },
    equipmentTypes: async (_p, { onlyUsed }, ctx) => {
      const types = await equipmentTypesWithCounts(ctx.db, ctx.organizationId);
      return onlyUsed ? types.filter((t) => Number(t.equipment_count) > 0) : types;
    },
    equipment: (_p, { id }, ctx) => equipmentOrNotFound(ctx, id),
    equipmentByCode: async (_p, { code }, ctx) => {
      const text = checkText(code, 'code', 100);
      const row = await equipmentByCode(ctx.db, ctx.organizationId, text);
      if (row) return row;
      const near = await closestEquipment(ctx.db, ctx.organizationId, 'code', text);
      throw new NotFoundError(`No equipment with code '${text}' in this organization.${near.length ? ` Closest codes: ${near.join(', ')}.` : ''}`, {
        argument: 'code',
        suggestions: near,
      });
    },
    equipmentByName: async (_p, { name }, ctx) => {
      const text = checkText(name, 'name', 200);
      const rows = await equipmentByNameCandidates(ctx.db, ctx.organizationId, text);
      if (rows.length === 1) return rows[0];
      if (rows.length > 1) {
        throw new ConflictError(`${rows.length} pieces of equipment are named like '${text}': ${rows.map((r) => `${r.name} (${r.code})`).join(', ')}. Ask by code.`, {
          argument: 'name',
          codes: rows.map((r) => r.code),
        });
      }
      const near = await closestEquipment(ctx.db, ctx.organizationId, 'name', text);
      throw new NotFoundError(`No equipment named '${text}' in this organization.${near.length ? ` Closest names: ${near.join(', ')}.` : ''}`, {
        argument: 'name',
        suggestions: near,
      });
    },
    equipmentList: async (_p, { filter, first, after }, ctx) => {
      const size = checkPageSize(first, MAX_PAGE_SIZE);
      const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
      if (cursor && (typeof cursor[0] !== 'string' || !isUuid(cursor[1]))) {
        throw new BadInputError(`Cursor '${after}' is not one this API issued. Pass the endCursor of a previous page.`, { argument: 'after' });
      }
      const input = filterInput(filter, ctx);
      await checkTypeIds(input, ctx);
      const page = await listEquipmentPage(ctx.db, ctx.organizationId, { first: size, after: cursor, filter: input });
      if (page.totalCount === 0) await explainEmpty(input, ctx);
      for (const row of page.rows) ctx.loaders.equipment.prime(row.id, row);
      return { ...page, hasPreviousPage: !!after };
    },
    searchEquipment: async (_p, { text, filter, first, minScore }, ctx) => {
      const query = checkSearchText(text, 'text');
      const words = textWords(query, 'text');
      const size = checkIntRange(first ?? 10, 'first', 1, MAX_SEARCH_RESULTS, 'pageSize');
      const input = filterInput(filter, ctx);
      await checkTypeIds(input, ctx);
      const hits = await searchEquipment(ctx.db, ctx.organizationId, {
        text: query,
        words,
        filter: input,
        first: size,
        minScore: checkScore(minScore ?? 0.35, 'minScore'),
      });
      for (const h of hits) ctx.loaders.equipment.prime(h.equipment.id, h.equipment);
      return hits;
    },
    equipmentPath: async (_p, { fromId, toId, maxDepth, kinds }, ctx) => {
      // Both ends in one batched look-up.
      const [from, to] = await Promise.all([equipmentOrNotFound(ctx, fromId, 'fromId'), equipmentOrNotFound(ctx, toId, 'toId')]);
      const args = walkArgs('downstream', maxDepth, kinds);
      if (from.id === to.id) return { forward: true, ids: [from.id], relations: [] };
      return shortestPath(ctx.db, ctx.organizationId, from.id, to.id, args.maxDepth, args.kinds);
    },
  },
  Mutation: {
    ...adminMutation,
    createSite: (_p, { input }, ctx) =>
      createSite(ctx.db, ctx.organizationId, {
        ...siteFields(input),
        id: input.id,
        kind: lower(input.kind) as SiteKind,
        code: checkText(input.code, 'input.code', 100),
        name: checkText(input.name, 'input.name', 200),
      }),
    updateSite: (_p, { id, input }, ctx) => updateSite(ctx.db, ctx.organizationId, checkUuid(id, 'id'), siteFields(input)),
    retireSite: (_p, { id }, ctx) => retireSite(ctx.db, ctx.organizationId, checkUuid(id, 'id')),
    createEquipment: (_p, { input }, ctx) => {
      const fields = equipmentFields(input);
      return createEquipment(ctx.db, ctx.organizationId, {
        ...fields,
        id: input.id,
        code: fields.code!,
        name: fields.name!,
        typeId: fields.typeId!,
        siteId: fields.siteId!,
        status: input.status ? (lower(input.status) as EquipmentStatus) : undefined,
      });
    },
    updateEquipment: (_p, { id, input }, ctx) => updateEquipment(ctx.db, ctx.organizationId, checkUuid(id, 'id'), equipmentFields(input)),
    retireEquipment: (_p, { id }, ctx) => retireEquipment(ctx.db, ctx.organizationId, checkUuid(id, 'id')),
    setEquipmentStatus: (_p, { id, status, since, reason }, ctx) => {
      const at = since === null || since === undefined ? undefined : new Date(since);
      return setEquipmentStatus(ctx.db, ctx.organizationId, checkUuid(id, 'id'), lower(status) as EquipmentStatus, at, checkText(reason, 'reason', 500, true));
    },
    addEquipmentRelation: (_p, { input }, ctx) =>
      addRelation(ctx.db, ctx.organizationId, {
        from_id: checkUuid(input.fromId, 'input.fromId'),
        to_id: checkUuid(input.toId, 'input.toId'),
        kind: lower(input.kind) as RelationKind,
      }),
    removeEquipmentRelation: (_p, { input }, ctx) =>
      removeRelation(ctx.db, ctx.organizationId, {
        from_id: checkUuid(input.fromId, 'input.fromId'),
        to_id: checkUuid(input.toId, 'input.toId'),
        kind: lower(input.kind) as RelationKind,
      }),
    importAssets: (_p, args, ctx) =>
      importAssets(ctx.db, ctx.organizationId, args.document, {
        defaultSiteId: checkUuid(args.defaultSiteId, 'defaultSiteId'),
        createMissingTypes: !!args.createMissingTypes,
        allOrNothing: !!args.allOrNothing,
        dryRun: !!args.dryRun,
      }),
  },
  EquipmentConnection: {
    edges: (page) => page.rows.map((row) => ({ cursor: cursorOf(row), node: row })),
    pageInfo: (page) => ({
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.rows[0] ? cursorOf(page.rows[0]) : null,
      endCursor: page.rows.at(-1) ? cursorOf(page.rows.at(-1)!) : null,
    }),
    totalCount: (page) => page.totalCount,
  },
  Organization: {
    ...adminTypes.Organization,
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.organization.load(ref.id.toLowerCase()) : null),
    userLimit: (o) => o.user_limit,
    sites: (o, _a, ctx) => topLevelSites(ctx.db, o.id === ctx.organizationId ? o.id : ''),
    equipmentCount: async (o, _a, ctx) => Number((await ctx.loaders.organizationEquipmentCount.load(o.id))?.n ?? 0),
  },
  Site: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.site.load(ref.id.toLowerCase()) : null),
    kind: (s) => upper(s.kind),
    timeZone: (s) => s.time_zone,
    retiredAt: (s) => s.retired_at,
    organization: async (s, _a, ctx) => required(await ctx.loaders.organization.load(s.organization_id), `organization of site ${s.id}`),
    parent: (s, _a, ctx) => (s.parent_id ? ctx.loaders.site.load(s.parent_id) : null),
    ancestors: (s, _a, ctx) => (s.parent_id ? ctx.loaders.siteAncestors.load(s.id) : []),
    children: (s, _a, ctx) => ctx.loaders.childSites.load(s.id),
    equipment: (s, _a, ctx) => ctx.loaders.siteEquipment.load(s.id),
    equipmentCount: async (s, { includeDescendants }, ctx) => (await ctx.loaders.siteEquipmentCount(includeDescendants !== false).load(s.id))?.n ?? 0,
  },
  EquipmentType: {
    __resolveReference: (ref, ctx) => ctx.loaders.equipmentType.load(ref.id),
    category: (t) => upper(t.category),
    equipmentCount: (t) => Number(t.equipment_count ?? 0),
  },
  Equipment: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.equipment.load(ref.id.toLowerCase()) : null),
    type: async (e, _a, ctx) => required(await ctx.loaders.equipmentType.load(e.type_id), `type of equipment ${e.code}`),
    category: async (e, _a, ctx) => upper(required(await ctx.loaders.equipmentType.load(e.type_id), `type of equipment ${e.code}`).category),
    site: async (e, _a, ctx) => required(await ctx.loaders.site.load(e.site_id), `site of equipment ${e.code}`),
    organization: async (e, _a, ctx) => required(await ctx.loaders.organization.load(e.organization_id), `organization of equipment ${e.code}`),
    serialNumber: (e) => e.serial_number,
    installedOn: (e) => e.installed_on,
    status: (e) => upper(e.status),
    statusSince: (e) => e.status_since,
    statusHistory: (e, { first }, ctx) => ctx.loaders.statusHistory(checkIntRange(first ?? 20, 'first', 1, MAX_PAGE_SIZE, 'pageSize')).load(e.id),
    dataIntervalSeconds: (e) => e.data_interval_seconds,
    mqttTopic: (e) => e.mqtt_topic,
    retiredAt: (e) => e.retired_at,
    relations: (e, _a, ctx) => ctx.loaders.relations.load(e.id),
    upstream: (e, { maxDepth, kinds }, ctx) => ctx.loaders.walk(walkArgs('upstream', maxDepth, kinds)).load(e.id),
    downstream: (e, { maxDepth, kinds }, ctx) => ctx.loaders.walk(walkArgs('downstream', maxDepth, kinds)).load(e.id),
  },
  StatusChange: {
    status: (h) => upper(h.status),
    startedAt: (h) => h.started_at,
  },
  EquipmentRelation: {
    from: async (r, _a, ctx) => required(await ctx.loaders.equipment.load(r.from_id), `equipment ${r.from_id}`),
    to: async (r, _a, ctx) => required(await ctx.loaders.equipment.load(r.to_id), `equipment ${r.to_id}`),
    kind: (r) => upper(r.kind),
  },
  TopologyNode: {
    equipment: async (n, _a, ctx) => required(await ctx.loaders.equipment.load(n.equipment_id), `equipment ${n.equipment_id}`),
    via: async (n, _a, ctx) => required(await ctx.loaders.equipment.load(n.via_id), `equipment ${n.via_id}`),
    kind: (n) => upper(n.kind),
  },
  EquipmentPath: {
    equipment: async (p, _a, ctx) => (await ctx.loaders.equipment.loadMany(p.ids)).map((e, i) => required(e instanceof Error ? null : e, `equipment ${p.ids[i]}`)),
    length: (p) => p.relations.length,
  },
};
