import { durationInWords } from '../../common/units.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { datasetStatistics } from './repositories/statistics-repository.js';

export const resolvers: Resolvers = {
  Query: {
    datasetStatistics: (_p, _a, ctx) => datasetStatistics(ctx.db, ctx.organizationId),
  },
  DatasetStatistics: {
    totalEquipment: (s) => s.total_equipment,
    equipmentTypes: (s) => s.equipment_types,
    typeBreakdown: (s) => s.type_breakdown,
    totalSeries: (s) => s.total_series,
    totalPoints: (s) => s.total_points,
    maxTimepointsPerEquipment: (s) => s.max_points_per_series,
    timeRange: (s) => (s.first_time && s.last_time ? { from: s.first_time, to: s.last_time } : null),
    typicalIntervalSeconds: (s) => s.typical_interval_seconds,
    interval: (s) => (s.typical_interval_seconds ? durationInWords(s.typical_interval_seconds) : null),
    databaseSizeBytes: (s) => s.database_size_bytes,
  },
};
