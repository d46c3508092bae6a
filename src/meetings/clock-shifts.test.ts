import { describe, expect, it } from 'vitest';
import { clockShifts, shiftAt } from './clock-shifts.ts';

describe('clock shifts', () => {
  it('finds the nights clocks jump forward and back, with the wall-clock hour skipped or repeated', () => {
    expect(clockShifts('America/New_York', 2026, 2026)).toEqual([
      { date: '2026-03-08', kind: 'gap', from: '02:00', to: '03:00' },
      { date: '2026-11-01', kind: 'repeat', from: '01:00', to: '02:00' },
    ]);
    expect(clockShifts('Europe/Berlin', 2026, 2026)).toEqual([
      { date: '2026-03-29', kind: 'gap', from: '02:00', to: '03:00' },
      { date: '2026-10-25', kind: 'repeat', from: '02:00', to: '03:00' },
    ]);
  });

  it('knows half-hour shifts and zones with none', () => {
    expect(clockShifts('Australia/Lord_Howe', 2026, 2026)).toEqual([
      { date: '2026-04-05', kind: 'repeat', from: '01:30', to: '02:00' },
      { date: '2026-10-04', kind: 'gap', from: '02:00', to: '02:30' },
    ]);
    expect(clockShifts('UTC', 2026, 2030)).toEqual([]);
    expect(clockShifts('Asia/Tokyo', 2026, 2030)).toEqual([]);
  });

  it('finds two shifts a year for thirty years in New York', () => {
    expect(clockShifts('America/New_York', 2026, 2055)).toHaveLength(60);
  });

  it('says which shift a start falls in, its first minute included and its last excluded', () => {
    const shifts = clockShifts('America/New_York', 2026, 2026);
    expect(shiftAt(shifts, '2026-03-08', '02:00')?.kind).toBe('gap');
    expect(shiftAt(shifts, '2026-03-08', '02:59')?.kind).toBe('gap');
    expect(shiftAt(shifts, '2026-03-08', '03:00')).toBeUndefined();
    expect(shiftAt(shifts, '2026-03-08', '01:59')).toBeUndefined();
    expect(shiftAt(shifts, '2026-11-01', '01:30')?.kind).toBe('repeat');
    expect(shiftAt(shifts, '2026-03-15', '02:30')).toBeUndefined();
  });
});
