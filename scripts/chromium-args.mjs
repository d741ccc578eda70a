// Command-line flags for Chromium with the built extension, shared by the browser tests, the
// benchmarks, the screenshot scripts and `npm start`. The network here is closed: no calls home.

/** No calls home: Chromium needs no network beyond the demo's own loopback server. */
export const NO_CALLS_HOME_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Flags for a Chromium that runs headless (or headed) on a machine with no network but loopback. */
export const CLOSED_NETWORK_ARGS = ['--no-sandbox', '--disable-gpu', ...NO_CALLS_HOME_ARGS];

/** Loads exactly one unpacked extension. */
export function extensionArgs(extensionDir) {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}
