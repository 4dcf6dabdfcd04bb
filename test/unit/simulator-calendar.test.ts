import { easterSunday, holidays, workingDay } from '../../database/simulator/factory-calendar.js';
import { uuidV5, equipmentId, SIMULATOR_NAMESPACE } from '../../database/simulator/ids.js';
import { DEMO_FACTORY, EU_FACTORY } from '../../database/simulator/sites.js';
import { localDays, localMidnightUtc, zoneOffsetMinutes } from '../../database/simulator/time-zones.js';

describe('simulator calendars and ids', () => {
  it('knows local days of 23, 24 and 25 hours', () => {
    const hours = (tz: string, date: string) => {
      const [d] = localDays(tz, date, new Date(Date.parse(`${date}T00:00:00Z`) + 86400000).toISOString().slice(0, 10));
      return (d.endMs - d.startMs) / 3600000;
    };
    expect(hours('America/Los_Angeles', '2024-03-10')).toBe(23);
    expect(hours('America/Los_Angeles', '2024-11-03')).toBe(25);
    expect(hours('Europe/Berlin', '2024-03-31')).toBe(23);
    expect(hours('Europe/Berlin', '2024-10-27')).toBe(25);
    expect(hours('Asia/Kolkata', '2024-03-31')).toBe(24);
    expect(localDays('Europe/Berlin', '2024-01-01', '2025-01-01')).toHaveLength(366);
  });

  it('finds local midnight in UTC', () => {
    expect(new Date(localMidnightUtc('Asia/Kolkata', '2026-02-01')).toISOString()).toBe('2026-01-31T18:30:00.000Z');
    expect(new Date(localMidnightUtc('America/Los_Angeles', '2024-07-04')).toISOString()).toBe('2024-07-04T07:00:00.000Z');
    expect(zoneOffsetMinutes('Europe/Berlin', Date.parse('2024-01-15T12:00:00Z'))).toBe(60);
  });

  it('computes Easter and the factories’ holidays', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(holidays(EU_FACTORY, 2024).get('2024-04-01')).toBe('Easter Monday');
    expect(holidays(DEMO_FACTORY, 2024).get('2024-11-28')).toBe('Thanksgiving');
    expect(workingDay(DEMO_FACTORY, '2024-11-28').working).toBe(false);
    expect(workingDay(DEMO_FACTORY, '2024-11-27').working).toBe(true);
    expect(workingDay(EU_FACTORY, '2024-06-08').activity).toBeLessThan(0.5);
  });

  it('derives RFC 4122 version 5 ids that never depend on the seed', () => {
    // The DNS-namespace example from RFC 9562 (appendix A.4).
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(SIMULATOR_NAMESPACE).toBe(uuidV5('plantgraph.simulator', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'));
    const id = equipmentId('00000000-0000-4000-8000-000000000001', 'chiller_001');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(equipmentId('00000000-0000-4000-8000-000000000001', 'CHILLER_001')).toBe(id);
    expect(equipmentId('00000000-0000-4000-8000-000000000002', 'chiller_001')).not.toBe(id);
  });
});
