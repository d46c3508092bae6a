import { describe, expect, it } from 'vitest';
import { githubAnnotation } from './github-annotations.ts';

/**
 * Reads a workflow command back the way the Actions runner does
 * (ActionCommand.cs): properties split on "," and the first "=", then
 * %3A, %2C, %0D, %0A and %25 decoded, in that order.
 */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (s: string) => unescape(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

describe('githubAnnotation', () => {
  it('puts file, line and column in the properties and the message after "::"', () => {
    expect(githubAnnotation({ file: 'content/docs/governance.mdx', line: 74, column: 3, message: 'order: write a whole number' })).toBe(
      '::error file=content/docs/governance.mdx,line=74,col=3::order: write a whole number',
    );
  });

  it('leaves out what the problem does not know: no line, no column', () => {
    expect(githubAnnotation({ file: 'MAINTAINERS.md', message: 'out of date' })).toBe('::error file=MAINTAINERS.md::out of date');
    expect(githubAnnotation({ file: 'x.yaml', column: 4, message: 'm' })).toBe('::error file=x.yaml::m');
  });

  it('escapes %, CR and LF in the message, and also ":" and "," in properties', () => {
    const problem = { file: 'content/odd: name, really.mdx', line: 2, message: '100% wrong:\r\nsee "a, b" at 10:00 ET' };
    const line = githubAnnotation(problem, 'time lint: drift');
    expect(line).toBe('::error file=content/odd%3A name%2C really.mdx,line=2,title=time lint%3A drift::100%25 wrong:%0D%0Asee "a, b" at 10:00 ET');
    expect(line).not.toMatch(/[\r\n]/);
    expect(parseCommand(line)).toEqual({
      command: 'error',
      properties: { file: problem.file, line: '2', title: 'time lint: drift' },
      message: problem.message,
    });
  });

  it('keeps an already escaped-looking text as written', () => {
    const problem = { file: 'a%2C.mdx', line: 1, message: 'literally %0A and %25' };
    const parsed = parseCommand(githubAnnotation(problem));
    expect(parsed.properties.file).toBe('a%2C.mdx');
    expect(parsed.message).toBe('literally %0A and %25');
  });
});
