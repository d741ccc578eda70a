#!/usr/bin/env node
// The first check after a browser start, in Node: `npm run bench:first-check [-- --runs 7]`.
//
// V8 compiles a pattern the first time it runs, so a worker's first real check pays for every
// pattern it reaches. The worker runs a warm-up when the browser starts (rules/engine/warm-up.ts).
// This times, each in a fresh process, the first check of a reply under a quoted inquiry after no
// warm-up, after the warm-up's first step only (a reply without an inquiry: the warm-up before
// December 2026) and after the whole warm-up. Medians; a report, never a failure.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPLY = 'Hei Kari,\n\nTakk for e-posten. Du får svar innen 15. desember, og skjemaet ligger på nettsiden vår.\n\nMed vennlig hilsen\nPer';
const INQUIRY = 'Hei! Jeg søkte om parkeringstillatelse i oktober. Når kommer vedtaket? Hvor finner jeg skjemaet for klage? Er det gratis?';
const NOW = '2026-12-07T10:00:00+01:00';

if (process.env.FIRST_CHECK_MODE) {
  const { compileRuleSet } = await import('../rules/engine/compile.ts');
  const { check } = await import('../rules/engine/check.ts');
  const { BUNDLED_RULE_SET } = await import('../rules/standard/index.ts');
  const { WARM_UP_STEPS } = await import('../rules/engine/warm-up.ts');
  const compiled = compileRuleSet(BUNDLED_RULE_SET);
  const steps = { none: 0, first: 1, all: WARM_UP_STEPS.length }[process.env.FIRST_CHECK_MODE] ?? 0;
  for (const step of WARM_UP_STEPS.slice(0, steps)) step(compiled, NOW);
  const start = performance.now();
  check(REPLY, { now: NOW, inquiry: { text: INQUIRY } }, compiled);
  process.stdout.write(String(performance.now() - start));
} else {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  const self = fileURLToPath(import.meta.url);
  console.log(`First check of a reply under a quoted inquiry, fresh process each time (median of ${runs}):`);
  for (const [mode, label] of [
    ['none', 'no warm-up'],
    ['first', 'warm-up of a reply alone'],
    ['all', 'the whole warm-up (reply, then reply under an inquiry)'],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++)
      times.push(
        Number(
          execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', self], { env: { ...process.env, FIRST_CHECK_MODE: mode } }).toString(),
        ),
      );
    console.log(`  ${label.padEnd(56)} ${median(times).toFixed(0).padStart(5)} ms`);
  }
}
