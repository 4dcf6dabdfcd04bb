// Formatting shared by the text outputs (RAG context, preference prompts): numbers with two
// decimals and their unit, times in the site's zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Local wall-clock parts of an instant in a zone. */
export function localTime(time: Date, timeZone: string): { hour: number; minute: number; text: string; full: string } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(time).map((p) => [p.type, p.value]));
  const offset = (parts.timeZoneName as string).replace('GMT', '') || '+00:00';
  return {
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    text: `${parts.hour}:${parts.minute}`,
    full: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}${offset}`,
  };
}

/** Two decimals, no grouping: 45.2 → "45.20", −0.004 → "0.00". */
export function formatNumber(value: number): string {
  const s = value.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

export function withUnit(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
