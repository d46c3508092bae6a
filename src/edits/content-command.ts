import type { ContentProblem } from '../validation/validate.ts';
import { formatProblem } from '../validation/validate.ts';
import { UsageError } from './command-line.ts';

/**
 * The one way the commands that add a content file run (new:maintainer, maintainer:emeritus,
 * decision:new): read the command line, plan the edit against the project, and write it only
 * when nothing is wrong. The script in scripts/ names its three steps and sets the exit status.
 */
export interface ContentCommand<Input, Edit> {
  /** The command line, read; a UsageError says what is wrong and how the command is used. */
  parse(argv: readonly string[]): Input;
  /** The edit, checked against the project at `root`; or every problem that stops it. */
  plan(root: string, input: Input): { edit?: Edit | undefined; problems: readonly ContentProblem[] };
  /** Writes the edit; returns what to tell the maintainer next. */
  write(root: string, edit: Edit, input: Input): string | Promise<string>;
}

/** Where a command's words go (the console, or a test's lists). */
export interface CommandOutput {
  log(text: string): void;
  error(text: string): void;
}

/** Runs `command`; the exit status: 0 when written, 1 when the project refuses the edit (each problem printed), 2 for a usage error. */
export async function runContentCommand<Input, Edit>(
  command: ContentCommand<Input, Edit>,
  argv: readonly string[],
  root: string,
  out: CommandOutput = console,
): Promise<number> {
  let input: Input;
  try {
    input = command.parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.error(error.message);
    return 2;
  }
  const { edit, problems } = command.plan(root, input);
  if (edit === undefined) {
    for (const p of problems) out.error(formatProblem(p));
    out.error(`\nNothing was written.`);
    return 1;
  }
  out.log(await command.write(root, edit, input));
  return 0;
}
