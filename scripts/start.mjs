#!/usr/bin/env node
// `npm start`: build the Chrome extension, serve the demo pages on loopback, and open Chromium
// with the extension loaded on them. Without a display it says how to load the extension by
// hand and keeps the demo server running.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_CALLS_HOME_ARGS, extensionArgs } from './chromium-args.mjs';
import { startDemoServer } from './demo-server.mjs';
import { chromePath, demoPort } from './options.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  console.log(`Bruk / usage: npm start [-- --port N] [-- --no-build]
  Bygger utvidelsen, starter demosidene og åpner Chromium med Svarhjelp.
  Builds the extension, serves the demo pages and opens Chromium with Svarhjelp.
  --port N     port for the demo server (default 8377, or $SVARHJELP_DEMO_PORT)
  --no-build   use the existing .output/chrome-mv3
  $CHROME_PATH Chromium to launch (default /usr/bin/chromium)`);
  process.exit(0);
}

// 1. Build.
if (!args.includes('--no-build')) {
  console.log('Bygger Chrome-utvidelsen …  (Building the Chrome extension …)');
  const wxt = join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const build = spawnSync(process.execPath, [wxt, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Byggingen feilet.  (The build failed.)');
    process.exit(build.status ?? 1);
  }
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`Fant ikke ${EXTENSION_DIR}.  (No built extension found; run without --no-build.)`);
  process.exit(1);
}

// 2. Demo server.
let server;
try {
  server = await startDemoServer({ port: demoPort(args) });
} catch (error) {
  console.error(`Demoserveren startet ikke: ${error.message}  (The demo server did not start; try --port.)`);
  process.exit(1);
}
const pages = ['case-form.html', 'webmail.html'].map((p) => new URL(p, server.url).href);
console.log(`\nDemosidene kjører på ${server.url}  (Demo pages at ${server.url})`);

const stopServer = async () => {
  await server.close();
};

// 3. Browser, if there is a screen to show it on.
const headlessMachine = process.platform !== 'darwin' && process.platform !== 'win32' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (headlessMachine) {
  console.log(`
Ingen skjerm funnet ($DISPLAY og $WAYLAND_DISPLAY er tomme), så nettleseren åpnes ikke.
Slik prøver du Svarhjelp i din egen Chrome/Chromium/Edge:
  1. Åpne chrome://extensions (edge://extensions i Edge).
  2. Slå på «Utviklermodus» (Developer mode).
  3. Velg «Last inn upakket» (Load unpacked) og pek på mappen:
       ${EXTENSION_DIR}
  4. Åpne demosidene: ${pages.join('  ')}
Demoserveren fortsetter å kjøre på ${server.url} til du trykker Ctrl+C.

No display found ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser is opened.
To try Svarhjelp in your own Chrome/Chromium/Edge:
  1. Open chrome://extensions (edge://extensions in Edge).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose the folder:
       ${EXTENSION_DIR}
  4. Open the demo pages: ${pages.join('  ')}
The demo server keeps running at ${server.url} until you press Ctrl+C.
(If the browser runs on another machine, forward the port first, e.g. ssh -L ${server.port}:127.0.0.1:${server.port}.)
`);
  const stop = () => stopServer().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const chrome = chromePath();
  if (!existsSync(chrome)) {
    console.error(`Fant ikke Chromium på ${chrome}; sett CHROME_PATH.  (Chromium not found; set CHROME_PATH.)`);
    console.error(`Du kan også laste inn ${EXTENSION_DIR} for hånd (chrome://extensions → Utviklermodus → Last inn upakket).`);
    console.log(`Demoserveren kjører videre på ${server.url}.  (The demo server keeps running; Ctrl+C to stop.)`);
    process.on('SIGINT', () => stopServer().then(() => process.exit(0)));
  } else {
    // A separate profile so the demo never touches the user's own browser profile.
    const profile = join(ROOT, '.tmp', 'chromium-profile');
    mkdirSync(profile, { recursive: true });
    console.log('Åpner Chromium med Svarhjelp …  (Opening Chromium with Svarhjelp …)');
    console.log('Merk: Google Chrome 137+ laster ikke utvidelser fra kommandolinjen; bruk Chromium, eller last inn upakket.');
    const browser = spawn(
      chrome,
      [
        `--user-data-dir=${profile}`,
        ...extensionArgs(EXTENSION_DIR),
        '--no-default-browser-check',
        // No calls home: the demo needs no network beyond its own loopback server.
        ...NO_CALLS_HOME_ARGS,
        // Chromium refuses to start as root without this (containers, CI-like machines).
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ...pages,
      ],
      { stdio: 'ignore' },
    );
    browser.on('error', (error) => {
      console.error(`Kunne ikke starte ${chrome}: ${error.message}`);
    });
    browser.on('exit', () => {
      console.log('Nettleseren er lukket; stopper demoserveren.  (Browser closed; stopping the demo server.)');
      stopServer().then(() => process.exit(0));
    });
    const stop = () => {
      browser.kill('SIGTERM');
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}
