// Command-line flags for Chromium with the built extension, shared by the browser tests, the
// benchmarks and the screenshot scripts. The network here is closed: no calls home.

/** Flags for a Chromium that runs headless (or headed) on a machine with no network but loopback. */
export const CLOSED_NETWORK_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Loads exactly one unpacked extension. */
export function extensionArgs(extensionDir) {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}
