import { describe, expect, it } from 'vitest';
import { zoneAt } from './zoneinfo';

const at = (zone: string, iso: string) => zoneAt(zone, Date.parse(iso));

describe('zoneAt', () => {
  it('switches Europe/Paris at 01:00 UTC on the last Sundays of March and October', () => {
    expect(at('Europe/Paris', '2026-01-15T09:00:00Z')).toEqual({ offset: 60, abbr: 'CET' });
    expect(at('Europe/Paris', '2026-03-29T00:59:59Z')).toEqual({ offset: 60, abbr: 'CET' });
    expect(at('Europe/Paris', '2026-03-29T01:00:00Z')).toEqual({ offset: 120, abbr: 'CEST' });
    expect(at('Europe/Paris', '2026-10-25T00:59:59Z')).toEqual({ offset: 120, abbr: 'CEST' });
    expect(at('Europe/Paris', '2026-10-25T01:00:00Z')).toEqual({ offset: 60, abbr: 'CET' });
  });

  it('switches America/New_York at 02:00 local on the second Sunday of March and first of November', () => {
    expect(at('America/New_York', '2026-03-08T06:59:59Z')).toEqual({ offset: -300, abbr: 'EST' });
    expect(at('America/New_York', '2026-03-08T07:00:00Z')).toEqual({ offset: -240, abbr: 'EDT' });
    expect(at('America/New_York', '2026-11-01T05:59:59Z')).toEqual({ offset: -240, abbr: 'EDT' });
    expect(at('America/New_York', '2026-11-01T06:00:00Z')).toEqual({ offset: -300, abbr: 'EST' });
  });

  it('knows zones without daylight saving and refuses unknown ones', () => {
    expect(at('Asia/Kolkata', '2026-07-01T00:00:00Z')).toEqual({ offset: 330, abbr: 'IST' });
    expect(at('Europe/London', '2026-07-01T00:00:00Z')).toEqual({ offset: 60, abbr: 'BST' });
    expect(at('Mars/Olympus', '2026-07-01T00:00:00Z')).toBeNull();
  });
});
