import { describe, expect, it } from 'vitest';
import { bodyOn, formerPlacesOn, groupOfSeries, leadChanges, leadsOn, membersOn } from './groups.ts';
import type { Group } from '../schemas/group.ts';

const group = (id: string, fields: Partial<Group>): Group => ({
  id,
  name: `Group ${id}`,
  description: 'Does things.',
  leads: [],
  members: [],
  meetings: [],
  channels: [],
  ...fields,
});

const spec = group('spec', {
  leads: [
    { handle: 'chen', since: '2024-06-01', until: '2025-01-09' },
    { handle: 'Ana', name: 'Ana F', since: '2025-01-10' },
  ],
  members: [{ handle: 'ben' }, { handle: 'ana', since: '2024-01-01' }, { handle: 'hal', since: '2025-03-01', until: '2026-02-28' }],
  meetings: ['spec-call'],
});

describe('a group on a day', () => {
  it('has the leads and members whose dates hold that day, a lead listed as a member once, as a lead', () => {
    expect(leadsOn(spec, '2025-01-09').map((p) => p.handle)).toEqual(['chen']);
    expect(leadsOn(spec, '2025-01-10').map((p) => p.handle)).toEqual(['Ana']);
    expect(membersOn(spec, '2025-06-01').map((p) => p.handle)).toEqual(['ben', 'hal']);
    expect(membersOn(spec, '2024-12-31').map((p) => p.handle)).toEqual(['ben', 'ana']);
  });

  it('votes as a body of everyone in it that day, handles in lower case, each once', () => {
    expect(bodyOn(spec, '2026-02-28')).toEqual(['ana', 'ben', 'hal']);
    expect(bodyOn(spec, '2026-03-01')).toEqual(['ana', 'ben']);
    expect(bodyOn(spec, '2024-07-01')).toEqual(['ana', 'ben', 'chen']);
  });

  it('lists the places that ended before the day, leads first', () => {
    expect(formerPlacesOn(spec, '2026-03-01').map((p) => `${p.list} ${p.handle}`)).toEqual(['leads chen', 'members hal']);
    expect(formerPlacesOn(spec, '2025-01-09')).toEqual([]);
  });
});

describe('the groups together', () => {
  it('find the group of a series', () => {
    const runtime = group('runtime', { meetings: ['runtime-sync'] });
    const owners = groupOfSeries([spec, runtime]);
    expect(owners.get('spec-call')?.id).toBe('spec');
    expect(owners.get('runtime-sync')?.id).toBe('runtime');
    expect(owners.get('office-hours')).toBeUndefined();
  });

  it('give each dated change of lead, oldest first; an undated start gives none', () => {
    const runtime = group('runtime', { name: 'Runtime WG', leads: [{ handle: 'dara' }, { handle: 'eli', since: '2025-01-10', until: '2026-06-30' }] });
    expect(leadChanges([spec, runtime]).map((c) => `${c.day} ${c.groupId} ${c.handle} ${c.change}`)).toEqual([
      '2024-06-01 spec chen started',
      '2025-01-09 spec chen ended',
      '2025-01-10 runtime eli started',
      '2025-01-10 spec Ana started',
      '2026-06-30 runtime eli ended',
    ]);
  });
});
