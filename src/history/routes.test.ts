import { describe, expect, it } from 'vitest';
import { amendmentRoute, charterHistoryRoute, charterParam, charterVersionRoute, historyRoutePrefixes } from './routes.ts';

describe("the charter history's routes", () => {
  it("lie under the route of the charter content/site.yaml names, whatever its file's name", () => {
    expect(charterHistoryRoute('/governance/')).toBe('/governance/history/');
    expect(amendmentRoute('/tsc-charter/', 'abc1234')).toBe('/tsc-charter/history/abc1234/');
    expect(charterVersionRoute('/charter/tsc/', 'abc1234')).toBe('/charter/tsc/versions/abc1234/');
    expect(historyRoutePrefixes('/tsc-charter/')).toEqual(['/tsc-charter/history/', '/tsc-charter/versions/']);
  });

  it("give the pages' [...charter] parameter: the route without its slashes, none for a charter at the home page", () => {
    expect(charterParam('/governance/')).toBe('governance');
    expect(charterParam('/charter/tsc/')).toBe('charter/tsc');
    expect(charterParam('/')).toBeUndefined();
  });
});
