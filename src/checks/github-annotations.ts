import type { ContentProblem } from '../validation/validate.ts';

/**
 * GitHub Actions workflow commands that put a problem on the line of the pull
 * request's diff: `::error file=…,line=…,col=…,title=…::message`. The escaping
 * follows @actions/core (command.ts): data escapes %, CR and LF; property
 * values also escape ":" and ",", which would otherwise end the value.
 */
export function githubAnnotation(problem: ContentProblem, title?: string): string {
  const properties: [string, string | number | undefined][] = [
    ['file', problem.file],
    ['line', problem.line],
    ['col', problem.line ? problem.column : undefined],
    ['title', title],
  ];
  const props = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::error ${props}::${escapeData(problem.message)}`;
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
