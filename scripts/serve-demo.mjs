#!/usr/bin/env node
// Serves the demo pages: `npm run demo` or `node scripts/serve-demo.mjs [--port 8377]`
// (or SVARHJELP_DEMO_PORT=8377). Loopback only.
import { startDemoServer } from './demo-server.mjs';
import { demoPort } from './options.mjs';

const server = await startDemoServer({ port: demoPort() });
console.log(`Demosidene kjører på ${server.url}  (Demo pages at ${server.url})`);
console.log('Avslutt med Ctrl+C.  (Stop with Ctrl+C.)');
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
