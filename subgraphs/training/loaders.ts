import type { Kysely } from 'kysely';
import type { Database } from '../../database/database.js';

// Training's list fields arrive with the sampling issue; statistics is a single root field.
export function createTrainingLoaders(_db: Kysely<Database>, _organizationId: string) {
  return {};
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
