// Bounds of every sampling argument, checked before any SQL runs. Values outside what makes
// sense are BAD_USER_INPUT; sizes beyond what one call may cost are LIMIT_EXCEEDED. Messages
// name the argument and the allowed range (the voice assistant reads them out).
import { BadInputError, LimitExceededError } from '../../common/errors.js';

export const LIMITS = {
  /** States per sampleStates / anomalyExamples call. */
  maxStates: 10_000,
  /** Trajectories per call. */
  maxTrajectories: 2_000,
  /** States in all trajectories of one call (count × steps). */
  maxTrajectoryStates: 100_000,
  /** Longest trajectory or comparison window. */
  maxDurationHours: 168,
  /** Preference pairs per call. */
  maxPairs: 1_000,
  /** Examples per training batch. */
  maxBatchSize: 10_000,
  /** Items per page of exportDataset. */
  maxPageSize: 1_000,
  /** Items (states, trajectories, pairs; batches for BATCH) one export may hold. */
  maxExportCount: 10_000_000,
  /** RAG windows. */
  maxContextHours: 24 * 31,
  maxContextChars: 100_000,
  minContextChars: 40,
  /** Equipment per comparison context. */
  maxComparisonEquipment: 100,
} as const;

export const DEFAULT_SEED = 42;
/** The seed's threshold_multiplier. */
export const DEFAULT_K = 2.0;

export function checkCount(value: number, argument: string, max: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new BadInputError(`${argument} must be a whole number between 1 and ${max.toLocaleString('en-US')}, got ${value}.`, { argument, minimum: 1, maximum: max });
  }
  if (value > max) {
    throw new LimitExceededError(argument, `${argument} ${value.toLocaleString('en-US')} is over the maximum of ${max.toLocaleString('en-US')} per call. Ask for fewer, or page through exportDataset.`, { argument, maximum: max });
  }
  return value;
}

export function checkSeed(seed: number): number {
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) {
    throw new BadInputError(`seed must be a whole number between 0 and 2147483647, got ${seed}.`, { argument: 'seed' });
  }
  return seed;
}

export function checkRangeNumber(value: number, argument: string, min: number, max: number, unit = ''): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadInputError(`${argument} must be between ${min} and ${max}${unit}, got ${value}.`, { argument, minimum: min, maximum: max });
  }
  return value;
}

export function checkPositive(value: number, argument: string, max: number, unit = ''): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new BadInputError(`${argument} must be greater than 0 and at most ${max}${unit}, got ${value}.`, { argument, maximum: max });
  }
  if (value > max) {
    throw new LimitExceededError(argument, `${argument} ${value} is over the maximum of ${max}${unit}.`, { argument, maximum: max });
  }
  return value;
}

export function checkK(k: number): number {
  if (!Number.isFinite(k) || k <= 0 || k > 100) {
    throw new BadInputError(`k must be a positive number of standard deviations up to 100, got ${k}.`, { argument: 'k' });
  }
  return k;
}

export function checkMaxChars(value: number): number {
  return checkRangeNumber(value, 'maxChars', LIMITS.minContextChars, LIMITS.maxContextChars);
}
