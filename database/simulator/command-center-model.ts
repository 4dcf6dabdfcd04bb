// Minute-by-minute physics of the command center. Loads start at the leaves (air handlers on an
// office schedule, chillers staged to the cooling demand, cycling compressors, pumps following
// their chillers and towers) and add up the feeds tree, so a transformer carries what its PCCs
// carry and a PCC's power factor is what its APFC panel leaves. Every quantity is a pure
// function of (seed, equipment, minute): any block of minutes can be computed on its own.
import { outdoorTemperature, relativeHumidity, wetBulb, type WeatherSource } from './climate.js';
import type { RelationSpec } from './command-center.js';
import type { EquipmentSpec, LoadRole } from './equipment-spec.js';
import type { PlantEvent } from './plant-events.js';
import { hash32 } from './prng.js';
import { addSmooth, addWhite, clamp, filled } from './signal.js';
import { ZoneClock } from './time-zones.js';

export const STATUSES = ['running', 'idle', 'off', 'fault', 'maintenance'] as const;
export const RUNNING = 0;
export const IDLE = 1;
export const OFF = 2;
export const FAULT = 3;
export const MAINTENANCE = 4;

const MINUTE_MS = 60_000;
const MAIN_BASE_TR = 45;
const CRITICAL_BASE_TR = 5;
const TR_KW = 3.517;

export interface Trace {
  /** Active power (kW). */
  p: Float64Array;
  /** Reactive power (kvar, negative = capacitive). */
  q: Float64Array;
  /** Load as a fraction of the rating (0 when stopped). */
  lf: Float64Array;
  /** Index into STATUSES. */
  status: Uint8Array;
  /** Type-specific physical quantities (chwSupply, oilTemp, …). */
  x: Record<string, Float64Array>;
}

export interface Drivers {
  from: number;
  count: number;
  tOut: Float64Array;
  rh: Float64Array;
  wetBulb: Float64Array;
  occupancy: Float64Array;
  /** Local minute of the day, 0–1439. */
  minuteOfDay: Uint16Array;
  /** ISO weekday, 1 = Monday. */
  weekday: Uint8Array;
  /** Local calendar month (1–12) and day (1–31). */
  month: Uint8Array;
  day: Uint8Array;
}

function ramp(x: number, a: number, b: number): number {
  return clamp((x - a) / (b - a), 0, 1);
}

/** Share of the campus occupied: office day on weekdays, light Saturdays, skeleton Sundays. */
export function occupancyAt(minuteOfDay: number, weekday: number): number {
  const h = minuteOfDay / 60;
  const peak = weekday <= 5 ? 1 : weekday === 6 ? 0.45 : 0.15;
  const day = ramp(h, 7, 9.5) * (1 - ramp(h, 18, 21.5));
  return 0.08 + (peak - 0.08) * day;
}

function ahuOn(role: Extract<LoadRole, { kind: 'ahu' }>, minuteOfDay: number, weekday: number): boolean {
  if (role.allDay) return true;
  if (weekday === 7) return false;
  const start = (weekday === 6 ? 8 * 60 : 7 * 60) + role.startOffsetMin;
  const stop = weekday === 6 ? 14 * 60 : 21 * 60;
  return minuteOfDay >= start && minuteOfDay < stop;
}

function ahuCoil(role: Extract<LoadRole, { kind: 'ahu' }>, t: number, rh: number, occ: number, noise: number): number {
  if (role.allDay) return clamp(0.55 + 0.025 * (t - 26) + 0.05 * noise, 0.3, 1);
  return clamp(0.18 + 0.5 * occ + 0.03 * (t - 26) + 0.003 * (rh - 65) + 0.06 * noise, 0.15, 1);
}

/** Water-cooled chillers reject heat through their tower; its cold-water temperature. */
function towerOutlet(wb: number, towerLoad: number): number {
  return wb + 2.8 + 2.2 * clamp(towerLoad, 0, 1.1);
}

function chillerKwPerTr(airCooled: boolean, lf: number, condenserTemp: number): number {
  const base = airCooled ? 1.05 : 0.62;
  const ref = airCooled ? 35 : 30;
  return base * (1 + 0.3 * (1 - clamp(lf, 0.1, 1)) ** 2) * (1 + 0.025 * (condenserTemp - ref));
}

const tanOf = (pf: number) => Math.tan(Math.acos(pf));

export class CommandCenterModel {
  readonly byCode = new Map<string, EquipmentSpec>();
  readonly feeds = new Map<string, string[]>();
  readonly parent = new Map<string, string>();
  readonly serves = new Map<string, string[]>();
  readonly clock: ZoneClock;
  readonly #events = new Map<string, PlantEvent[]>();
  readonly #staging = new Map<number, number[]>();
  readonly #occupancyKey: number;
  readonly #mainAhus: EquipmentSpec[];
  readonly #criticalAhus: EquipmentSpec[];
  readonly #mainChillers: EquipmentSpec[];

  constructor(
    equipment: EquipmentSpec[],
    relations: RelationSpec[],
    readonly seed: number,
    readonly weather: WeatherSource,
    timeZone: string,
    events: PlantEvent[],
  ) {
    for (const e of equipment) this.byCode.set(e.code, e);
    for (const r of relations) {
      if (r.kind === 'feeds') {
        this.feeds.set(r.from, [...(this.feeds.get(r.from) ?? []), r.to]);
        this.parent.set(r.to, r.from);
      } else if (r.kind === 'serves') {
        this.serves.set(r.from, [...(this.serves.get(r.from) ?? []), r.to]);
      }
    }
    for (const ev of events) this.#events.set(ev.code, [...(this.#events.get(ev.code) ?? []), ev]);
    this.clock = new ZoneClock(timeZone);
    this.#occupancyKey = hash32(seed, 'occupancy');
    const roleOf = (e: EquipmentSpec) => e.role!;
    this.#mainChillers = equipment.filter((e) => e.role?.kind === 'chiller' && e.role.group === 'main');
    const ahusOf = (chillers: EquipmentSpec[]) =>
      chillers.flatMap((c) => this.serves.get(c.code) ?? []).map((c) => this.byCode.get(c)!).filter((e) => roleOf(e).kind === 'ahu');
    this.#mainAhus = ahusOf(this.#mainChillers);
    this.#criticalAhus = ahusOf(equipment.filter((e) => e.role?.kind === 'chiller' && e.role.group === 'critical'));
  }

  key(code: string, purpose: string): number {
    return hash32(this.seed, 'cc', code, purpose);
  }

  /** Status forced by a maintenance job or trip, or null. */
  eventStatus(code: string, minute: number, month: number, day: number, minuteOfDay: number): number | null {
    const spec = this.byCode.get(code)!;
    if (spec.role?.kind === 'chiller' && month === 1 && day === 8 + 2 * spec.role.index && minuteOfDay >= 9 * 60 && minuteOfDay < 17 * 60) {
      return MAINTENANCE;
    }
    const list = this.#events.get(code);
    if (list) {
      for (const ev of list) if (minute >= ev.fromMinute && minute < ev.toMinute) return ev.status === 'fault' ? FAULT : MAINTENANCE;
    }
    return null;
  }

  eventsFor(code: string): PlantEvent[] {
    return this.#events.get(code) ?? [];
  }

  drivers(from: number, count: number): Drivers {
    const d: Drivers = {
      from,
      count,
      tOut: new Float64Array(count),
      rh: new Float64Array(count),
      wetBulb: new Float64Array(count),
      occupancy: new Float64Array(count),
      minuteOfDay: new Uint16Array(count),
      weekday: new Uint8Array(count),
      month: new Uint8Array(count),
      day: new Uint8Array(count),
    };
    const level = addSmooth(filled(count, 1), this.#occupancyKey, from, 2880, 0.06);
    for (let i = 0; i < count; i++) {
      const ms = (from + i) * MINUTE_MS;
      const t = outdoorTemperature(this.weather, ms);
      const rh = relativeHumidity(this.weather, ms);
      d.tOut[i] = t;
      d.rh[i] = rh;
      d.wetBulb[i] = wetBulb(t, rh);
      const local = new Date(this.clock.localMs(ms));
      const mod = local.getUTCHours() * 60 + local.getUTCMinutes();
      const wd = local.getUTCDay() || 7;
      d.minuteOfDay[i] = mod;
      d.weekday[i] = wd;
      d.month[i] = local.getUTCMonth() + 1;
      d.day[i] = local.getUTCDate();
      d.occupancy[i] = clamp(occupancyAt(mod, wd) * level[i], 0, 1);
    }
    return d;
  }

  /**
   * Main-group chillers (by index) that run during a UTC hour: the fewest, in duty order, whose
   * capacity at 85 % covers the noise-free demand at mid-hour. Deciding per hour keeps them from
   * short-cycling on minute noise.
   */
  stagedChillers(hour: number): number[] {
    const cached = this.#staging.get(hour);
    if (cached) return cached;
    const minute = hour * 60 + 30;
    const d = this.drivers(minute, 1);
    let load = MAIN_BASE_TR;
    for (const a of this.#mainAhus) {
      const role = a.role as Extract<LoadRole, { kind: 'ahu' }>;
      if (this.eventStatus(a.code, minute, d.month[0], d.day[0], d.minuteOfDay[0]) !== null) continue;
      if (!ahuOn(role, d.minuteOfDay[0], d.weekday[0])) continue;
      load += (role.cfm / 400) * ahuCoil(role, d.tOut[0], d.rh[0], d.occupancy[0], 0);
    }
    const staged: number[] = [];
    let capacity = 0;
    for (const c of this.#mainChillers) {
      const role = c.role as Extract<LoadRole, { kind: 'chiller' }>;
      if (this.eventStatus(c.code, minute, d.month[0], d.day[0], d.minuteOfDay[0]) !== null) continue;
      staged.push(role.index);
      capacity += role.capacityTr * 0.85;
      if (capacity >= load) break;
    }
    this.#staging.set(hour, staged);
    return staged;
  }

  block(from: number, count: number): ModelBlock {
    return new ModelBlock(this, this.drivers(from, count), this.#mainAhus, this.#criticalAhus, this.#mainChillers);
  }
}

export class ModelBlock {
  readonly #traces = new Map<string, Trace>();
  readonly #voltages = new Map<string, Float64Array>();
  #mainLoad: Float64Array | undefined;
  #criticalLoad: Float64Array | undefined;

  constructor(
    readonly model: CommandCenterModel,
    readonly d: Drivers,
    private readonly mainAhus: EquipmentSpec[],
    private readonly criticalAhus: EquipmentSpec[],
    private readonly mainChillers: EquipmentSpec[],
  ) {}

  get count(): number {
    return this.d.count;
  }

  trace(code: string): Trace {
    let t = this.#traces.get(code);
    if (!t) {
      t = this.#compute(code);
      this.#traces.set(code, t);
    }
    return t;
  }

  /** Supply voltage at the equipment: its transformer's bus, less feeder drop. */
  voltage(code: string): Float64Array {
    let v = this.#voltages.get(code);
    if (v) return v;
    const spec = this.model.byCode.get(code)!;
    const n = this.count;
    const from = this.d.from;
    if (spec.role?.kind === 'dg') {
      const t = this.trace(code);
      v = addWhite(addSmooth(filled(n, 415), this.model.key(code, 'v'), from, 30, 1.5), this.model.key(code, 'vw'), from, 0.3);
      for (let i = 0; i < n; i++) if (t.status[i] !== RUNNING) v[i] = 0;
    } else {
      let root = code;
      let depth = 0;
      if (spec.role?.kind === 'mirror') root = spec.role.of[0];
      while (this.model.parent.has(root)) {
        root = this.model.parent.get(root)!;
        depth++;
      }
      const bus = addSmooth(addSmooth(filled(n, 417), this.model.key(root, 'bus'), from, 240, 4), this.model.key(root, 'bus-fast'), from, 20, 1.2);
      const lf = spec.role?.kind === 'mirror' || spec.role?.kind === 'trf' ? undefined : this.trace(code).lf;
      v = new Float64Array(n);
      for (let i = 0; i < n; i++) v[i] = bus[i] - 0.6 * depth - (lf ? 1.5 * Math.min(lf[i], 1.2) : 0);
      addWhite(v, this.model.key(code, 'vw'), from, 0.25);
    }
    this.#voltages.set(code, v);
    return v;
  }

  #empty(): Trace {
    const n = this.count;
    return { p: new Float64Array(n), q: new Float64Array(n), lf: new Float64Array(n), status: new Uint8Array(n), x: {} };
  }

  #forced(code: string, i: number): number | null {
    const d = this.d;
    return this.model.eventStatus(code, d.from + i, d.month[i], d.day[i], d.minuteOfDay[i]);
  }

  #compute(code: string): Trace {
    const spec = this.model.byCode.get(code);
    if (!spec?.role) throw new Error(`${code} is not command-center equipment`);
    const role = spec.role;
    switch (role.kind) {
      case 'ahu': return this.#ahu(spec, role);
      case 'chiller': return this.#chiller(spec, role);
      case 'ct': return this.#tower(spec, role);
      case 'pump': return this.#pump(spec, role);
      case 'compressor': return this.#compressor(spec, role);
      case 'motor': return this.#motor(spec, role);
      case 'dg': return this.#dg(spec, role);
      case 'ups': return this.#ups(spec, role);
      case 'plc': return this.#plc(spec, role);
      case 'db': return this.#db(spec, role);
      case 'aggregate': return this.#aggregate(spec, role);
      case 'apfc': {
        this.trace(this.model.parent.get(code)!);
        return this.#traces.get(code)!;
      }
      case 'trf': return this.#transformer(spec, role);
      case 'mirror': return this.#mirror(spec, role);
    }
  }

  #ahu(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'ahu' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const noise = addSmooth(new Float64Array(n), this.model.key(spec.code, 'coil'), d.from, 45, 1);
    const wobble = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const tr = new Float64Array(n);
    const fan = new Float64Array(n);
    const airflow = new Float64Array(n);
    const supply = new Float64Array(n);
    const ret = new Float64Array(n);
    const room = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const forced = this.#forced(spec.code, i);
      const on = forced === null && ahuOn(role, d.minuteOfDay[i], d.weekday[i]);
      const roomTemp = 27 + 0.35 * (d.tOut[i] - 28) + 0.3 * noise[i];
      room[i] = roomTemp;
      if (!on) {
        t.status[i] = forced ?? OFF;
        supply[i] = roomTemp + 0.1 * wobble[i];
        ret[i] = roomTemp + 0.4 + 0.1 * wobble[i];
        continue;
      }
      const coil = ahuCoil(role, d.tOut[i], d.rh[i], d.occupancy[i], noise[i]);
      const speed = clamp(40 + 60 * coil, 35, 100);
      fan[i] = speed + 0.3 * wobble[i];
      airflow[i] = role.cfm * (speed / 100) * (1 + 0.008 * wobble[i]);
      tr[i] = (role.cfm / 400) * coil;
      t.p[i] = spec.ratedKw * (0.06 + 0.94 * (speed / 100) ** 3) * (1 + 0.01 * wobble[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf);
      t.lf[i] = t.p[i] / spec.ratedKw;
      supply[i] = 12.6 + 1.8 * coil + 0.15 * noise[i] + 0.05 * wobble[i];
      ret[i] = 23.2 + 1.6 * (role.allDay ? 0.8 : d.occupancy[i]) + 0.08 * (d.tOut[i] - 28) + 0.2 * noise[i] + 0.05 * wobble[i];
    }
    t.x = { coolingTr: tr, fanPct: fan, airflow, supplyAir: supply, returnAir: ret };
    return t;
  }

  /** Cooling demand on a chiller group (TR): its air handlers' coils plus base process load. */
  #groupLoad(group: 'main' | 'critical'): Float64Array {
    const cached = group === 'main' ? this.#mainLoad : this.#criticalLoad;
    if (cached) return cached;
    const n = this.count;
    const base = group === 'main' ? MAIN_BASE_TR : CRITICAL_BASE_TR;
    const load = addSmooth(filled(n, base), this.model.key(group, 'base-load'), this.d.from, 90, base * 0.05);
    for (const a of group === 'main' ? this.mainAhus : this.criticalAhus) {
      const tr = this.trace(a.code).x.coolingTr;
      for (let i = 0; i < n; i++) load[i] += tr[i];
    }
    if (group === 'main') this.#mainLoad = load;
    else this.#criticalLoad = load;
    return load;
  }

  #chiller(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'chiller' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const load = this.#groupLoad(role.group);
    const wander = addSmooth(new Float64Array(n), this.model.key(spec.code, 'chw'), d.from, 60, 1);
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const designFlow = (role.capacityTr * TR_KW * 3.6) / (4.186 * 5.5);
    const x = {
      chwSupply: new Float64Array(n), chwReturn: new Float64Array(n), chwFlow: new Float64Array(n),
      coolingTr: new Float64Array(n), cop: new Float64Array(n), towerLoad: new Float64Array(n),
    };
    const groupChillers = role.group === 'main' ? this.mainChillers : [spec];
    let hour = Number.NaN;
    let staged: number[] = [];
    for (let i = 0; i < n; i++) {
      const minute = d.from + i;
      const h = Math.floor(minute / 60);
      if (h !== hour) {
        hour = h;
        staged = role.group === 'main' ? this.model.stagedChillers(h) : [role.index];
      }
      // Capacity actually online this minute: staged and not stopped by a job or trip.
      let online = 0;
      let selfOn = false;
      for (const c of groupChillers) {
        const r = c.role as Extract<LoadRole, { kind: 'chiller' }>;
        if (!staged.includes(r.index) || this.#forced(c.code, i) !== null) continue;
        online += r.capacityTr;
        if (r.index === role.index) selfOn = true;
      }
      const forced = this.#forced(spec.code, i);
      if (!selfOn) {
        t.status[i] = forced ?? IDLE;
        t.p[i] = forced === null ? 0.4 : 0;
        t.q[i] = t.p[i] * 0.5;
        const stagnant = 11.5 + 0.25 * (d.tOut[i] - 28) + 0.2 * wander[i];
        x.chwSupply[i] = stagnant + 0.03 * white[i];
        x.chwReturn[i] = stagnant + 0.3 + 0.03 * white[i];
        continue;
      }
      const lf = clamp(load[i] / online, 0.05, 1.15);
      const cooling = role.capacityTr * Math.min(lf, 1.05);
      const towerLoad = (cooling * 1.22) / (role.capacityTr * 1.0);
      const condenser = role.airCooled ? d.tOut[i] : towerOutlet(d.wetBulb[i], towerLoad);
      const kwPerTr = chillerKwPerTr(role.airCooled, lf, condenser);
      t.p[i] = cooling * kwPerTr * (1 + 0.006 * white[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf - 0.08 * (1 - Math.min(lf, 1)) ** 2);
      t.lf[i] = lf;
      const supply = 7 + Math.max(0, lf - 1) * 20 + 0.08 * wander[i] + 0.03 * white[i];
      const flow = designFlow * (1 + 0.004 * white[i]);
      x.chwSupply[i] = supply;
      x.chwFlow[i] = flow;
      x.chwReturn[i] = supply + (cooling * TR_KW * 3.6) / (4.186 * flow);
      x.coolingTr[i] = cooling;
      x.cop[i] = (cooling * TR_KW) / t.p[i];
      x.towerLoad[i] = towerLoad;
    }
    t.x = x;
    return t;
  }

  #tower(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'ct' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const chillers = (this.model.serves.get(spec.code) ?? []).map((c) => this.trace(c));
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const flow = (role.capacityTr * TR_KW * 1.25 * 3.6) / (4.186 * 5.5);
    const x = { cwInlet: new Float64Array(n), cwOutlet: new Float64Array(n), fanPct: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      let rejected = 0;
      let running = false;
      for (const c of chillers) {
        if (c.status[i] === RUNNING) running = true;
        rejected += c.x.coolingTr[i] * 1.22;
      }
      const forced = this.#forced(spec.code, i);
      if (!running || forced !== null) {
        t.status[i] = forced ?? IDLE;
        const basin = d.wetBulb[i] + 1.5 + 0.05 * white[i];
        x.cwOutlet[i] = basin;
        x.cwInlet[i] = basin + 0.2;
        continue;
      }
      const lf = rejected / role.capacityTr;
      const fan = 30 + 70 * clamp(lf, 0, 1);
      x.fanPct[i] = fan + 0.3 * white[i];
      x.cwOutlet[i] = towerOutlet(d.wetBulb[i], lf) + 0.05 * white[i];
      x.cwInlet[i] = x.cwOutlet[i] + (rejected * TR_KW * 3.6) / (4.186 * flow);
      t.p[i] = spec.ratedKw * (0.03 + 0.97 * (fan / 100) ** 3) * (1 + 0.01 * white[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf);
      t.lf[i] = t.p[i] / spec.ratedKw;
    }
    t.x = x;
    return t;
  }

  #pump(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'pump' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const flowRating = spec.ratings.find((r) => r.name === 'flow')!.value;
    const headRating = spec.ratings.find((r) => r.name === 'head')!.value;
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const slow = addSmooth(new Float64Array(n), this.model.key(spec.code, 's'), d.from, 30, 1);
    const leader = role.follows ? this.trace(role.follows) : undefined;
    const mainLoad = role.duty === 'chw-secondary' ? this.#groupLoad('main') : undefined;
    const phase = hash32(spec.code) % 997;
    const x = { flow: new Float64Array(n), head: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const forced = this.#forced(spec.code, i);
      if (forced !== null) {
        t.status[i] = forced;
        continue;
      }
      const m = d.from + i + phase;
      let speed = 0;
      let status = RUNNING;
      switch (role.duty) {
        case 'chw-primary':
        case 'cw':
          if (leader!.status[i] === RUNNING) speed = 1;
          else status = IDLE;
          break;
        case 'chw-secondary':
          speed = clamp(0.45 + 0.55 * (mainLoad![i] / 1000), 0.45, 1);
          break;
        case 'transfer': {
          const duty = 14 + Math.round(10 * d.occupancy[i]);
          speed = m % 60 < duty ? 1 : 0;
          break;
        }
        case 'jockey':
          speed = m % 47 < 3 ? 1 : 0;
          break;
        case 'booster':
          speed = clamp(0.55 + 0.4 * d.occupancy[i] + 0.05 * slow[i], 0.4, 1);
          break;
        case 'dosing':
          speed = 1;
          break;
      }
      t.status[i] = status;
      if (speed === 0) continue;
      const variable = role.duty === 'chw-secondary' || role.duty === 'booster';
      t.p[i] = spec.ratedKw * (variable ? 0.08 + 0.82 * speed ** 3 : 0.82) * (1 + 0.008 * white[i] + 0.01 * slow[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf);
      t.lf[i] = t.p[i] / spec.ratedKw;
      x.flow[i] = flowRating * speed * (1 + 0.006 * white[i] + 0.01 * slow[i]);
      x.head[i] = headRating * (variable ? speed * speed : 1) * (1 + 0.004 * white[i] - 0.006 * slow[i]);
    }
    t.x = x;
    return t;
  }

  #compressor(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'compressor' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const fad = spec.ratings.find((r) => r.name === 'free_air_delivery')!.value;
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const demand = addSmooth(new Float64Array(n), this.model.key('compressed-air', 'demand'), d.from, 40, 0.05);
    const period = role.cyclePeriodMin;
    const phase = hash32(spec.code) % period;
    const x = { pressure: new Float64Array(n), airFlow: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const forced = this.#forced(spec.code, i);
      if (forced !== null || role.mode === 'standby') {
        t.status[i] = forced ?? IDLE;
        continue;
      }
      const need = 0.3 + 0.55 * d.occupancy[i] + demand[i];
      // The trim machine starts only when base machines cannot keep up (decided on the hour).
      const hourlyNeed = 0.3 + 0.55 * occupancyAt(Math.floor(d.minuteOfDay[i] / 60) * 60 + 30, d.weekday[i]);
      const loadedShare = role.mode === 'trim' ? (hourlyNeed > 0.5 ? clamp(need * 1.6 - 0.6, 0.15, 1) : 0) : clamp(need * 1.15, 0.3, 1);
      if (loadedShare === 0) {
        t.status[i] = IDLE;
        continue;
      }
      const loadedMinutes = Math.max(1, Math.round(loadedShare * period));
      const pos = (d.from + i + phase) % period;
      const loaded = pos < loadedMinutes;
      t.p[i] = spec.ratedKw * (loaded ? 1 : 0.27) * (1 + 0.01 * white[i]);
      t.q[i] = t.p[i] * tanOf(loaded ? spec.pf : 0.55);
      t.lf[i] = t.p[i] / spec.ratedKw;
      x.pressure[i] = loaded
        ? 6.8 + (0.8 * (pos + 1)) / loadedMinutes + 0.01 * white[i]
        : 7.6 - (0.8 * (pos - loadedMinutes + 1)) / Math.max(1, period - loadedMinutes) + 0.01 * white[i];
      x.airFlow[i] = loaded ? fad * (1 + 0.01 * white[i]) : 0;
    }
    t.x = x;
    return t;
  }

  #motor(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'motor' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const slow = addSmooth(new Float64Array(n), this.model.key(spec.code, 's'), d.from, role.duty === 'workshop' ? 12 : 60, 1);
    const x = { speed: new Float64Array(n), winding: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const forced = this.#forced(spec.code, i);
      const h = d.minuteOfDay[i] / 60;
      const wd = d.weekday[i];
      let on = true;
      if (role.duty === 'workshop') on = wd <= 5 ? h >= 8 && h < 17 : wd === 6 && h >= 8 && h < 13;
      if (role.duty === 'conveyor') on = wd <= 5 ? h >= 7 && h < 19 : wd === 6 && h >= 7 && h < 13;
      const room = 29 + 0.4 * (d.tOut[i] - 28);
      if (forced !== null || !on) {
        t.status[i] = forced ?? OFF;
        x.winding[i] = room + 0.1 * white[i];
        continue;
      }
      const lf =
        role.duty === 'exhaust' ? 0.72 + 0.03 * slow[i] : role.duty === 'workshop' ? clamp(0.42 + 0.25 * slow[i], 0.12, 0.95) : clamp(0.58 + 0.1 * slow[i], 0.3, 0.9);
      t.p[i] = ((spec.ratedKw * lf) / 0.91) * (1 + 0.005 * white[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf - 0.35 * (1 - lf) ** 2);
      t.lf[i] = lf;
      x.speed[i] = role.syncRpm * (1 - 0.03 * lf) + 0.4 * white[i];
      x.winding[i] = room + 70 * lf * lf + 0.15 * white[i];
    }
    t.x = x;
    return t;
  }

  #dg(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'dg' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const x = { fuel: new Float64Array(n), loadPct: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const forced = this.#forced(spec.code, i);
      const h = d.minuteOfDay[i];
      const testing = d.weekday[i] === role.testWeekday && h >= role.testHour * 60 && h < role.testHour * 60 + 30;
      if (forced !== null || !testing) {
        t.status[i] = forced ?? IDLE;
        continue;
      }
      // Weekly test run on a load bank at about 35 % of rating.
      const p = spec.ratedKw * 0.35 * (1 + 0.02 * white[i]);
      t.p[i] = p;
      t.q[i] = p * tanOf(spec.pf);
      t.lf[i] = p / spec.ratedKw;
      x.loadPct[i] = (100 * Math.hypot(p, t.q[i])) / (spec.ratedKw / 0.8);
      x.fuel[i] = 0.22 * p + 0.02 * spec.ratedKw;
    }
    t.x = x;
    return t;
  }

  #ups(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'ups' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const kva = spec.ratings.find((r) => r.name === 'capacity')!.value;
    const children = (this.model.feeds.get(spec.code) ?? []).map((c) => this.trace(c));
    const slow = addSmooth(new Float64Array(n), this.model.key(spec.code, 's'), d.from, 45, 1);
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    const x = { soc: new Float64Array(n), loadPct: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      let out = role.criticalKw * (0.9 + 0.1 * d.occupancy[i]) * (1 + 0.02 * slow[i]);
      for (const c of children) out += c.p[i];
      t.p[i] = out / 0.95 + 0.004 * spec.ratedKw;
      t.q[i] = t.p[i] * tanOf(spec.pf);
      t.lf[i] = out / spec.ratedKw;
      x.loadPct[i] = (100 * out) / (kva * 0.9) + 0.05 * white[i];
      x.soc[i] = 100 - 0.35 * Math.abs(slow[i]) - 0.02 * Math.abs(white[i]);
    }
    t.x = x;
    return t;
  }

  #plc(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'plc' }>): Trace {
    const t = this.#empty();
    const n = this.count;
    const slow = addSmooth(new Float64Array(n), this.model.key(spec.code, 's'), this.d.from, 60, 0.02);
    addWhite(slow, this.model.key(spec.code, 'w'), this.d.from, 0.005);
    for (let i = 0; i < n; i++) {
      t.p[i] = role.kw * (1 + slow[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf);
      t.lf[i] = t.p[i] / spec.ratedKw;
    }
    return t;
  }

  #db(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'db' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const peak = spec.ratedKw / 1.5;
    const slow = addSmooth(new Float64Array(n), this.model.key(spec.code, 's'), d.from, 60, 0.04);
    addWhite(slow, this.model.key(spec.code, 'w'), d.from, 0.01);
    for (let i = 0; i < n; i++) {
      const use = role.floor === 0 ? 0.6 + 0.4 * d.occupancy[i] : 0.12 + 0.88 * d.occupancy[i];
      t.p[i] = peak * use * (1 + slow[i]);
      t.q[i] = t.p[i] * tanOf(spec.pf);
      t.lf[i] = t.p[i] / spec.ratedKw;
    }
    return t;
  }

  #aggregate(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'aggregate' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const own = addSmooth(filled(n, 1), this.model.key(spec.code, 'own'), d.from, 60, 0.03);
    addWhite(own, this.model.key(spec.code, 'w'), d.from, 0.01);
    for (let i = 0; i < n; i++) {
      t.p[i] = role.ownPeakKw * (0.45 + 0.55 * d.occupancy[i]) * own[i];
      t.q[i] = t.p[i] * tanOf(0.88);
    }
    const children = this.model.feeds.get(spec.code) ?? [];
    let apfc: EquipmentSpec | undefined;
    for (const c of children) {
      const child = this.model.byCode.get(c)!;
      if (child.role?.kind === 'apfc') {
        apfc = child;
        continue;
      }
      const ct = this.trace(c);
      for (let i = 0; i < n; i++) {
        t.p[i] += ct.p[i];
        t.q[i] += ct.q[i];
      }
    }
    const isDrive = spec.typeId === 'lt_vfd';
    for (let i = 0; i < n; i++) {
      if (isDrive) {
        // A drive's rectifier draws near-unity power factor whatever its motor does.
        t.p[i] = t.p[i] / 0.97;
        t.q[i] = t.p[i] * tanOf(0.96);
      } else {
        t.p[i] *= 1.004;
      }
    }
    if (apfc) {
      const r = apfc.role as Extract<LoadRole, { kind: 'apfc' }>;
      const at = this.#empty();
      const step = r.kvar / r.steps;
      const target = tanOf(0.98);
      for (let i = 0; i < n; i++) {
        const excess = t.q[i] - t.p[i] * target;
        const steps = clamp(Math.round(excess / step), 0, r.steps);
        at.q[i] = -steps * step;
        at.p[i] = 0.15 + 0.003 * steps * step;
        at.lf[i] = steps / r.steps;
        t.p[i] += at.p[i];
        t.q[i] += at.q[i];
      }
      this.#traces.set(apfc.code, at);
    }
    for (let i = 0; i < n; i++) t.lf[i] = t.p[i] / spec.ratedKw;
    return t;
  }

  #transformer(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'trf' }>): Trace {
    const t = this.#empty();
    const d = this.d;
    const n = this.count;
    const white = addWhite(new Float64Array(n), this.model.key(spec.code, 'w'), d.from, 1);
    for (const c of this.model.feeds.get(spec.code) ?? []) {
      const ct = this.trace(c);
      for (let i = 0; i < n; i++) {
        t.p[i] += ct.p[i];
        t.q[i] += ct.q[i];
      }
    }
    const x = { oilTemp: new Float64Array(n), loadPct: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const s = Math.hypot(t.p[i], t.q[i]) / role.kva;
      t.p[i] += 0.0018 * role.kva + 0.011 * role.kva * s * s;
      t.q[i] += 0.01 * role.kva;
      const load = Math.hypot(t.p[i], t.q[i]) / role.kva;
      t.lf[i] = load;
      x.loadPct[i] = 100 * load;
      x.oilTemp[i] = d.tOut[i] + 8 + 52 * load ** 1.6 + 0.1 * white[i];
    }
    t.x = x;
    return t;
  }

  #mirror(spec: EquipmentSpec, role: Extract<LoadRole, { kind: 'mirror' }>): Trace {
    const t = this.#empty();
    const n = this.count;
    const meter = spec.typeId === 'em' ? addWhite(new Float64Array(n), this.model.key(spec.code, 'err'), this.d.from, 0.001) : undefined;
    for (const c of role.of) {
      const ct = this.trace(c);
      for (let i = 0; i < n; i++) {
        t.p[i] += ct.p[i];
        t.q[i] += ct.q[i];
      }
    }
    for (let i = 0; i < n; i++) {
      if (meter) {
        t.p[i] *= 1 + meter[i];
        t.q[i] *= 1 + meter[i];
      }
      t.lf[i] = t.p[i] / spec.ratedKw;
    }
    return t;
  }
}
