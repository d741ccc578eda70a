// A Firefox install of the test's own, with its own distribution/policies.json, without touching
// the system's: Firefox reads enterprise policy from `<install dir>/distribution/policies.json`
// (Debian's firefox-esr also from /etc/firefox/policies/, which would change every Firefox on the
// machine and needs root). The install dir is found from the running binary's real path, so a
// copy of the small launcher binary next to links to everything else (libxul.so, omni.ja …) is a
// separate install as far as policy goes, at the cost of a 600 KB copy.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { firefoxPath } from './harness.ts';

export interface PolicyInstall {
  /** The launcher binary of the copy (pass it as executablePath). */
  executablePath: string;
  close(): void;
}

/** Makes a Firefox install beside the system's whose distribution/policies.json is `policies`. */
export function firefoxWithPolicies(policies: unknown): PolicyInstall {
  const binary = realpathSync(firefoxPath());
  const installDir = dirname(binary);
  const dir = mkdtempSync(join(tmpdir(), 'svarhjelp-ff-install-'));
  for (const entry of readdirSync(installDir)) {
    if (entry === 'distribution' || entry === basename(binary)) continue;
    symlinkSync(join(installDir, entry), join(dir, entry));
  }
  copyFileSync(binary, join(dir, basename(binary)));
  mkdirSync(join(dir, 'distribution'));
  writeFileSync(join(dir, 'distribution', 'policies.json'), JSON.stringify(policies, null, 2));
  return {
    executablePath: join(dir, basename(binary)),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
