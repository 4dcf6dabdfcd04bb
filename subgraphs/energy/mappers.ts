export type { EnergySource as EnergySourceRow, Seu as SeuRow } from '../../database/tables/energy.table.js';
/** Energy knows an Equipment only by its id. */
export interface EquipmentRef {
  id: string;
}
