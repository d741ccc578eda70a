// The engine from a terminal (DESIGN.md §3): `npm run -s svarhjelp -- <command> …`.
// Bad input exits non-zero with one line on stderr; findings never change the exit code.
import { RuleSetError } from '../engine/compile.ts';
import { UsageError } from './args.ts';
import { CHECK_USAGE, runCheck } from './check-command.ts';

type Command = { usage: string; run: (argv: string[]) => number | Promise<number> };

const COMMANDS: Record<string, Command> = {
  check: { usage: CHECK_USAGE, run: runCheck },
  bench: { usage: 'bench [--json]', run: async (argv) => (await import('./bench-command.ts')).runBench(argv) },
  rules: { usage: 'rules keygen|validate|test|sign|verify|diff …', run: async (argv) => (await import('./rules-command.ts')).runRules(argv) },
};

function usage(): string {
  return ['Usage: svarhjelp <command>', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command «${name}» (try --help)`);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof RuleSetError) process.stderr.write(`svarhjelp: ${error.message}\n`);
    else if (error instanceof UsageError) process.stderr.write(`svarhjelp: ${error.message}\n`);
    else process.stderr.write(`svarhjelp: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
