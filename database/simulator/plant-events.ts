// Maintenance and faults in the command center: a planned service of every chiller each
// January, plus seed-chosen maintenance windows and trips near the end of the generated window
// (so the current status of a few equipment is 'maintenance' or 'fault', as on a real site).
import type { EquipmentSpec } from './equipment-spec.js';
import { Rng, hash32 } from './prng.js';

export type EventStatus = 'maintenance' | 'fault';

export interface PlantEvent {
  code: string;
  status: EventStatus;
  /** Minutes since the epoch, inclusive. */
  fromMinute: number;
  /** Exclusive; Infinity when still ongoing. */
  toMinute: number;
  reason: string;
}

const MIN_PER_HOUR = 60;

/**
 * Seed-chosen events inside [windowStart, end): one maintenance job still open at the end, one
 * that finished earlier, one trip that has not been reset, plus more on longer windows.
 */
export function planEvents(seed: number, equipment: EquipmentSpec[], windowStartMinute: number, endMinute: number): PlantEvent[] {
  const rng = new Rng(hash32(seed, 'events', endMinute));
  const span = endMinute - windowStartMinute;
  const byRole = (pred: (e: EquipmentSpec) => boolean) => equipment.filter(pred);
  const ahus = byRole((e) => e.role?.kind === 'ahu' && !e.role.allDay);
  const motors = byRole((e) => e.role?.kind === 'motor' && e.role.duty === 'exhaust');
  const utilityPumps = byRole((e) => e.role?.kind === 'pump' && (e.role.duty === 'transfer' || e.role.duty === 'booster'));
  const events: PlantEvent[] = [];
  if (span < 2 * MIN_PER_HOUR) return events;

  const openFor = Math.min(span - 10, rng.int(60, 180));
  events.push({ code: rng.pick(ahus).code, status: 'maintenance', fromMinute: endMinute - openFor, toMinute: Infinity, reason: 'Planned maintenance: filter and belt replacement' });

  const tripAgo = Math.min(span - 5, rng.int(20, 100));
  events.push({ code: rng.pick(utilityPumps).code, status: 'fault', fromMinute: endMinute - tripAgo, toMinute: Infinity, reason: 'Tripped on motor overload' });

  if (span >= 6 * MIN_PER_HOUR) {
    const len = rng.int(60, 120);
    const start = windowStartMinute + rng.int(30, span - len - 30);
    events.push({ code: rng.pick(motors).code, status: 'maintenance', fromMinute: start, toMinute: start + len, reason: 'Bearing greasing and vibration check' });
  }
  // Longer windows see roughly one more job every two days.
  const extra = Math.floor(span / (2 * 1440));
  for (let i = 0; i < extra; i++) {
    const len = rng.int(90, 360);
    const start = windowStartMinute + rng.int(60, span - len - 60);
    const target = rng.pick([...ahus, ...motors, ...utilityPumps]);
    if (events.some((e) => e.code === target.code)) continue;
    events.push({ code: target.code, status: 'maintenance', fromMinute: start, toMinute: start + len, reason: 'Preventive maintenance' });
  }
  return events;
}
