// Regenerates the bundled plain-English rules from the installed retext-simplify and our curation:
//
//   npm run rules:import            writes rules/standard/kompetent.klart-sprak/plain-english-imported.json
//   npm run rules:import -- --check exits 1 when the curation needs a decision or the file is stale
//
// After `npm update retext-simplify`, run it, decide every entry it names in
// plain-english.curation.json, run it again, and review the diff of the generated file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { curationProblems, plainEnglishRuleFile, type PlainEnglishCuration, type UpstreamPatterns } from './plain-english.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
export const CURATION_PATH = join(here, 'plain-english.curation.json');
export const GENERATED_PATH = join(root, 'rules/standard/kompetent.klart-sprak/plain-english-imported.json');

/** The package's exports map hides lib/, so the list is read by its path in node_modules. */
export async function loadUpstream(curation: PlainEnglishCuration): Promise<{ patterns: UpstreamPatterns; version: string }> {
  const dir = join(root, 'node_modules', curation.source.package);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const module = (await import(pathToFileURL(join(dir, curation.source.file)).href)) as { patterns: UpstreamPatterns };
  return { patterns: module.patterns, version };
}

export function loadCuration(): PlainEnglishCuration {
  return JSON.parse(readFileSync(CURATION_PATH, 'utf8')) as PlainEnglishCuration;
}

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const curation = loadCuration();
  const { patterns, version } = await loadUpstream(curation);
  const problems = curationProblems(patterns, curation);
  if (version !== curation.source.version)
    problems.push(
      `${curation.source.package} ${version} is installed, the curation was reviewed against ${curation.source.version}: review, then set source.version`,
    );
  if (problems.length > 0) {
    process.stderr.write(`${problems.map((p) => `rules:import: ${p}`).join('\n')}\n`);
    return 1;
  }
  const text = plainEnglishRuleFile(patterns, curation);
  let current = '';
  try {
    current = readFileSync(GENERATED_PATH, 'utf8');
  } catch {
    // Not generated yet.
  }
  if (current === text) {
    process.stdout.write('rules:import: up to date\n');
    return 0;
  }
  if (check) {
    process.stderr.write('rules:import: the generated plain-English rules are out of date; run npm run rules:import and review the diff\n');
    return 1;
  }
  writeFileSync(GENERATED_PATH, text);
  process.stdout.write(`rules:import: wrote ${GENERATED_PATH}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
