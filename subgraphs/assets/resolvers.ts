import { BadInputError } from '../../common/errors.js';
import { checkUuid, isUuid, required } from '../../common/validate.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../common/pagination.js';
import type { EquipmentCategory, EquipmentStatus, SiteKind } from '../../database/tables/assets.table.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { equipmentByCode, listEquipmentPage } from './repositories/equipment-repository.js';
import { equipmentTypesWithCounts } from './repositories/equipment-type-repository.js';
import { listSites, topLevelSites } from './repositories/site-repository.js';

export const MAX_PAGE_SIZE = 500;
const upper = <T extends string>(v: T) => v.toUpperCase() as Uppercase<T>;
const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;

export const resolvers: Resolvers = {
  Query: {
    organizations: async (_p, _a, ctx) => {
      const org = await ctx.loaders.organization.load(ctx.organizationId);
      return org ? [org] : [];
    },
    sites: (_p, { kind }, ctx) => listSites(ctx.db, ctx.organizationId, kind ? (lower(kind) as SiteKind) : undefined),
    site: (_p, { id }, ctx) => ctx.loaders.site.load(checkUuid(id, 'id')),
    equipmentTypes: (_p, _a, ctx) => equipmentTypesWithCounts(ctx.db, ctx.organizationId),
    equipment: (_p, { id }, ctx) => ctx.loaders.equipment.load(checkUuid(id, 'id')),
    equipmentByCode: async (_p, { code }, ctx) => {
      const trimmed = code.trim();
      if (!trimmed || trimmed.length > 100) throw new BadInputError(`code must be 1 to 100 characters, got ${trimmed.length}.`, { argument: 'code' });
      return (await equipmentByCode(ctx.db, ctx.organizationId, trimmed)) ?? null;
    },
    equipmentList: async (_p, { filter, first, after }, ctx) => {
      const size = checkPageSize(first, MAX_PAGE_SIZE);
      const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
      const page = await listEquipmentPage(ctx.db, ctx.organizationId, {
        first: size,
        after: cursor,
        filter: {
          siteId: filter?.siteId ? checkUuid(filter.siteId, 'filter.siteId') : null,
          typeIds: filter?.typeIds,
          categories: filter?.categories?.map((c) => lower(c) as EquipmentCategory),
          codePrefix: filter?.codePrefix,
          statuses: filter?.statuses?.map((s) => lower(s) as EquipmentStatus),
        },
      });
      for (const row of page.rows) ctx.loaders.equipment.prime(row.id, row);
      return { ...page, hasPreviousPage: !!after };
    },
  },
  EquipmentConnection: {
    edges: (page) => page.rows.map((row) => ({ cursor: encodeCursor([row.code, row.id]), node: row })),
    pageInfo: (page) => ({
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.rows[0] ? encodeCursor([page.rows[0].code, page.rows[0].id]) : null,
      endCursor: page.rows.at(-1) ? encodeCursor([page.rows.at(-1)!.code, page.rows.at(-1)!.id]) : null,
    }),
    totalCount: (page) => page.totalCount,
  },
  Organization: {
    __resolveReference: (ref, ctx) => ctx.loaders.organization.load(ref.id),
    userLimit: (o) => o.user_limit,
    sites: (o, _a, ctx) => topLevelSites(ctx.db, o.id === ctx.organizationId ? o.id : ''),
  },
  Site: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.site.load(ref.id) : null),
    kind: (s) => upper(s.kind),
    timeZone: (s) => s.time_zone,
    organization: async (s, _a, ctx) => required(await ctx.loaders.organization.load(s.organization_id), `organization of site ${s.id}`),
    parent: (s, _a, ctx) => (s.parent_id ? ctx.loaders.site.load(s.parent_id) : null),
    children: (s, _a, ctx) => ctx.loaders.childSites.load(s.id),
    equipment: (s, _a, ctx) => ctx.loaders.siteEquipment.load(s.id),
  },
  EquipmentType: {
    __resolveReference: (ref, ctx) => ctx.loaders.equipmentType.load(ref.id),
    category: (t) => upper(t.category),
    equipmentCount: (t) => Number(t.equipment_count ?? 0),
  },
  Equipment: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.equipment.load(ref.id) : null),
    type: async (e, _a, ctx) => required(await ctx.loaders.equipmentType.load(e.type_id), `type of equipment ${e.code}`),
    category: async (e, _a, ctx) => upper(required(await ctx.loaders.equipmentType.load(e.type_id), `type of equipment ${e.code}`).category),
    site: async (e, _a, ctx) => required(await ctx.loaders.site.load(e.site_id), `site of equipment ${e.code}`),
    serialNumber: (e) => e.serial_number,
    installedOn: (e) => e.installed_on,
    status: (e) => upper(e.status),
    statusSince: (e) => e.status_since,
    dataIntervalSeconds: (e) => e.data_interval_seconds,
    mqttTopic: (e) => e.mqtt_topic,
    retiredAt: (e) => e.retired_at,
  },
};

