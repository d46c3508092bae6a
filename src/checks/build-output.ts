import type { ContentProblem } from '../validation/validate.ts';
import { mdxSyntaxProblem } from '../markdown/mdx-safety.ts';

/**
 * Reads the problems out of a failed build's log (scripts/build.ts), so
 * `npm run check` can list and annotate them like its own: the link checks
 * print `file:line: message`; MDX syntax errors come from the compiler as
 * `[plugin …] /abs/path/file.mdx:line:col` followed by `MDXError: message`.
 */
export function problemsFromBuildOutput(output: string, root: string = process.cwd()): ContentProblem[] {
  // eslint-disable-next-line no-control-regex -- the terminal's colour codes start with ESC
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const add = (p: ContentProblem) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (!seen.has(key)) problems.push(p);
    seen.add(key);
  };
  const relative = (file: string) => (file.startsWith(`${root.replace(/\/$/, '')}/`) ? file.slice(root.replace(/\/$/, '').length + 1) : file);

  lines.forEach((line, i) => {
    const located = /^([^\s:/][^\s:]*\.[A-Za-z]+):(\d+)(?::(\d+))?: (.+)$/.exec(line);
    if (located) {
      add({ file: located[1]!, line: Number(located[2]), ...(located[3] ? { column: Number(located[3]) } : {}), message: located[4]! });
      return;
    }
    // A problem of a content file as a whole (a doc a page template links to that lacks a heading, or is missing).
    const whole = /^(content\/[^\s:]*\.[A-Za-z]+): (.+)$/.exec(line);
    if (whole) {
      add({ file: whole[1]!, message: whole[2]! });
      return;
    }
    const compiler = /^\[plugin [^\]]+\] (\/\S+?):(\d+):(\d+)$/.exec(line);
    const error = compiler ? /^(\w*Error): (.+)$/.exec(lines[i + 1] ?? '') : null;
    if (compiler && error) {
      const message = error[1] === 'MDXError' ? mdxSyntaxProblem(error[2]!).message : `${error[1]}: ${error[2]}`;
      add({ file: relative(compiler[1]!), line: Number(compiler[2]), column: Number(compiler[3]), message });
    }
  });
  if (problems.length > 0) return problems;

  // Nothing with a file and line: hand over the error itself, without its stack trace.
  const start = Math.max(
    0,
    lines.findIndex((l) => /Build failed|\[ERROR\]/.test(l)),
  );
  const text = lines
    .slice(start)
    .filter((l) => l.trim() !== '' && !/^\s+at /.test(l))
    .slice(0, 15)
    .join('\n');
  return [{ file: '', message: `the build failed: ${text || 'see its output above'}` }];
}
