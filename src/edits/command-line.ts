import { parseArgs } from 'node:util';

/**
 * The one way the edit commands (new:maintainer, maintainer:emeritus, meeting:cancel,
 * meeting:move) read their command line: the library parses it with `readCommandLine`
 * and throws a `UsageError` that says what is wrong and how the command is used;
 * the script in scripts/ only prints, and sets the exit status.
 */
export class UsageError extends Error {}

export interface CommandLine {
  positionals: string[];
  values: Record<string, string | undefined>;
}

/** The positionals and `--name value` options of `argv`; an unknown option is a UsageError that ends with `usage`. */
export function readCommandLine(argv: readonly string[], options: readonly string[], usage: string): CommandLine {
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(options.map((name) => [name, { type: 'string' as const }])),
    });
    return { positionals: parsed.positionals, values: parsed.values as Record<string, string | undefined> };
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
