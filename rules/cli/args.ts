// Minimal flag parsing for the CLI: known flags only, one-line errors for anything else.

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  flags: Record<string, string | true>;
  positionals: string[];
}

/** `spec` maps flag name → whether it takes a value. */
export function parseArgs(argv: readonly string[], spec: Record<string, boolean>): ParsedArgs {
  const flags: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(name in spec)) throw new UsageError(`unknown option ${arg}`);
    if (spec[name]) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`option --${name} needs a value`);
      flags[name] = value;
    } else {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      flags[name] = true;
    }
  }
  return { flags, positionals };
}
