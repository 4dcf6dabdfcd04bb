export type { DatasetStatisticsRow } from './repositories/statistics-repository.js';
