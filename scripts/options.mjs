// Command-line options shared by the scripts.

export const DEFAULT_DEMO_PORT = 8377;

/** --port N, else $SVARHJELP_DEMO_PORT, else 8377. */
export function demoPort(argv = process.argv.slice(2), env = process.env) {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? env.SVARHJELP_DEMO_PORT);
  if (raw === undefined || raw === '') return DEFAULT_DEMO_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Ugyldig port / invalid port: ${raw}`);
    process.exit(2);
  }
  return port;
}

/** Chromium to launch: $CHROME_PATH, else /usr/bin/chromium. */
export function chromePath(env = process.env) {
  return env.CHROME_PATH || '/usr/bin/chromium';
}
