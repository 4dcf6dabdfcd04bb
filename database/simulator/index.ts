// The plant simulator's public surface. `npm start` calls isSeeded/seedPlant; tests in other
// subgraphs import the fixed ids, the structure and the energy ground truth from here.
export { seedPlant, isSeeded, seedInfo, simulatePlant, clearSimulatedData, SEED_SETTING } from './seed-plant.js';
export type { SeedInfo, SeedReport, SeedPhase, SeedProgress } from './seed-plant.js';
export { resolveOptions, selects, DEFAULT_SEED, DEMO_WINDOW_HOURS, BENCH_END, BENCH_HISTORY, BENCH_HISTORY_MINUTES } from './seed-options.js';
export type { SeedOptions, Scale } from './seed-options.js';
export { DEMO_ORG, NORTHWIND_ORG, SIMULATED_ORGS } from './organizations.js';
export { COMMAND_CENTER, DEMO_FACTORY, EU_FACTORY, NORTHWIND_PLANT, SITES, siteByCode } from './sites.js';
export { ENMS_MACHINES } from './enms-machines.js';
export { COMMAND_CENTER_COUNTS } from './command-center.js';
export { equipmentId, siteId, entityId } from './ids.js';
export { plantStructure } from './plant-structure.js';
export { ENERGY_SOURCES, SEUS, RELEVANT_VARIABLES } from './energy-catalog.js';
export {
  ENERGY_TRUTH, truthFor, efficiencyFactor, expectedDailyConsumption, heatingDegreeDays, coolingDegreeDays,
  DEGREE_DAY_BASE_C, EFFICIENCY_CHANGE_DATE, EFFICIENCY_FACTOR_AFTER,
} from './energy-truth.js';
export type { SeuTruth, EnergySourceName, EfficiencyPeriod } from './energy-truth.js';
export { REAL_DATA_FROM } from './enms-history.js';
