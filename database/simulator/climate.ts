// Outdoor weather per climate: monthly normals joined smoothly, a daily cycle on local solar
// time, and weather fronts as smooth noise. Each site draws its own fronts (its own key), so two
// sites sharing a climate still differ day to day.
import { normalAt, smoothNoise } from './prng.js';

export type ClimateName = 'tropical-hot-humid' | 'mediterranean-mild' | 'temperate-continental' | 'temperate-maritime';

interface Climate {
  /** Mean daily temperature per month, January first (°C). */
  monthlyMean: number[];
  /** Half the typical day–night swing per month (°C). */
  diurnalHalfRange: number[];
  /** Mean relative humidity per month (%). */
  monthlyHumidity: number[];
  /** Size of multi-day weather fronts (°C, standard deviation). */
  frontSd: number;
  description: string;
}

export const CLIMATES: Record<ClimateName, Climate> = {
  'tropical-hot-humid': {
    description: 'Hot and humid tropical (Kolkata-like): hot dry spring, monsoon June–September, mild winter.',
    monthlyMean: [19.5, 23.0, 27.5, 30.5, 31.2, 30.8, 29.6, 29.4, 29.3, 28.0, 24.0, 20.3],
    diurnalHalfRange: [6.0, 6.3, 6.5, 5.8, 5.0, 3.8, 3.0, 3.0, 3.2, 4.0, 5.5, 6.0],
    monthlyHumidity: [68, 64, 62, 70, 75, 82, 87, 87, 85, 80, 72, 69],
    frontSd: 1.4,
  },
  'mediterranean-mild': {
    description: 'Mild Mediterranean-type (Silicon Valley-like): cool wet winters, warm dry summers.',
    monthlyMean: [10.6, 12.2, 13.9, 15.5, 18.1, 20.9, 22.2, 22.2, 21.2, 18.2, 13.6, 10.4],
    diurnalHalfRange: [5.5, 6.0, 6.3, 6.8, 7.0, 7.8, 8.0, 8.0, 8.0, 7.5, 6.5, 5.5],
    monthlyHumidity: [76, 72, 68, 63, 62, 60, 62, 64, 62, 63, 70, 76],
    frontSd: 2.4,
  },
  'temperate-continental': {
    description: 'Temperate continental (Munich-like): cold winters near freezing, warm summers.',
    monthlyMean: [-0.5, 0.8, 4.6, 8.8, 13.3, 16.6, 18.5, 18.1, 14.1, 9.4, 4.1, 0.9],
    diurnalHalfRange: [3.0, 3.8, 4.6, 5.4, 5.6, 5.6, 5.8, 5.8, 5.4, 4.6, 3.4, 2.8],
    monthlyHumidity: [85, 81, 75, 70, 71, 72, 72, 75, 80, 84, 87, 87],
    frontSd: 3.4,
  },
  'temperate-maritime': {
    description: 'Temperate maritime (northern England-like): cool, damp, small seasonal swing.',
    monthlyMean: [4.3, 4.5, 6.3, 8.4, 11.4, 14.2, 16.2, 15.9, 13.6, 10.4, 6.8, 4.4],
    diurnalHalfRange: [2.5, 2.8, 3.4, 4.0, 4.4, 4.4, 4.4, 4.2, 3.8, 3.3, 2.7, 2.4],
    monthlyHumidity: [87, 84, 80, 76, 75, 76, 77, 79, 82, 85, 87, 88],
    frontSd: 2.2,
  },
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MID_MONTH = [15.5, 45, 74.5, 105, 135.5, 166, 196.5, 227.5, 258, 288.5, 319, 349.5];

/** Monthly normals joined by a cosine-eased blend between mid-month points (wrapping at New Year). */
function seasonal(values: number[], dayOfYear: number): number {
  // Index of the last mid-month point at or before the day; -1 before mid-January.
  let i = MID_MONTH.length - 1;
  while (i >= 0 && MID_MONTH[i] > dayOfYear) i--;
  const from = i >= 0 ? MID_MONTH[i] : MID_MONTH[11] - 365;
  const to = i >= 0 && i < 11 ? MID_MONTH[i + 1] : i === 11 ? MID_MONTH[0] + 365 : MID_MONTH[0];
  const a = values[i >= 0 ? i : 11];
  const b = values[i >= 0 ? (i + 1) % 12 : 0];
  const e = (1 - Math.cos((Math.PI * (dayOfYear - from)) / (to - from))) / 2;
  return a + (b - a) * e;
}

function dayOfYearUtc(utcMs: number): number {
  const d = new Date(utcMs);
  return (utcMs - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY_MS;
}

export interface WeatherSource {
  climate: ClimateName;
  /** Degrees east; sets local solar time for the daily cycle. */
  longitude: number;
  /** Stream key: the site's own fronts and gusts. */
  key: number;
}

/** Outdoor dry-bulb temperature (°C) at an instant. */
export function outdoorTemperature(w: WeatherSource, utcMs: number): number {
  const c = CLIMATES[w.climate];
  const doy = dayOfYearUtc(utcMs);
  const solarHour = (((utcMs / HOUR_MS + w.longitude / 15) % 24) + 24) % 24;
  const mean = seasonal(c.monthlyMean, doy);
  const half = seasonal(c.diurnalHalfRange, doy);
  // Coldest near 05:30 solar, warmest near 14:30: a cosine with a sharper afternoon.
  const phase = (2 * Math.PI * (solarHour - 14.5)) / 24;
  const diurnal = half * (0.85 * Math.cos(phase) + 0.15 * Math.cos(2 * phase));
  const hours = utcMs / HOUR_MS;
  const fronts = c.frontSd * smoothNoise(w.key, hours, 60);
  const gusts = 0.5 * smoothNoise(w.key ^ 0x5bd1e995, hours, 5);
  return mean + diurnal + fronts + gusts;
}

/** Relative humidity (%): high at dawn, low in the afternoon, wetter behind cold fronts. */
export function relativeHumidity(w: WeatherSource, utcMs: number): number {
  const c = CLIMATES[w.climate];
  const doy = dayOfYearUtc(utcMs);
  const solarHour = (((utcMs / HOUR_MS + w.longitude / 15) % 24) + 24) % 24;
  const mean = seasonal(c.monthlyHumidity, doy);
  const phase = (2 * Math.PI * (solarHour - 14.5)) / 24;
  const hours = utcMs / HOUR_MS;
  const rh = mean - 12 * Math.cos(phase) - 2.5 * c.frontSd * smoothNoise(w.key, hours, 60) + 4 * smoothNoise(w.key ^ 0x27d4eb2f, hours, 9);
  return Math.min(100, Math.max(12, rh));
}

/** Wet-bulb temperature (°C), Stull's 2011 fit; cooling towers approach it. */
export function wetBulb(tempC: number, rhPct: number): number {
  return (
    tempC * Math.atan(0.151977 * Math.sqrt(rhPct + 8.313659)) +
    Math.atan(tempC + rhPct) -
    Math.atan(rhPct - 1.676331) +
    0.00391838 * Math.pow(rhPct, 1.5) * Math.atan(0.023101 * rhPct) -
    4.686035
  );
}

/** Small white noise for a reading (sensor resolution, turbulence). */
export function readingNoise(key: number, index: number, sd: number): number {
  return sd * normalAt(key, index);
}
