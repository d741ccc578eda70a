// Vitest global setup of the e2e project: builds the editor fixtures that need a bundle
// (tests/e2e/fixtures/editors/dist, git-ignored) when they are missing or stale, so the
// browser tests work on a fresh clone with `npm test`.
import { buildEditorFixtures } from './fixtures/editors/build.mjs';

export default async function setup(): Promise<void> {
  const built: string[] = await buildEditorFixtures();
  if (built.length) console.log(`[e2e] built editor fixtures: ${built.join(', ')}`);
}
