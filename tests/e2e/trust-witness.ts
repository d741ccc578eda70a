// Witnesses for the trust tests: a logging HTTP proxy that every request of the
// browser goes through (pages, frames, extension pages and the service worker alike), a tiny
// rule-set host, and what to type. The proxy is the primary witness because it sits outside the
// browser: nothing the extension does can route around it except a direct socket, which an
// extension cannot open.
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  method: string;
  /** Absolute URL for plain requests; "host:port" for CONNECT (TLS tunnels). */
  url: string;
  /** Bytes of the request body (a leak could hide there as well as in the URL). */
  body: string;
}

export interface LoggingProxy {
  port: number;
  /** Chromium switches that send everything, loopback included, through the proxy. */
  args: string[];
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Forwards plain HTTP requests to their (loopback) target and records them; refuses every
 * CONNECT tunnel after recording it, so an https request is seen even though nothing here
 * may leave the machine.
 */
export async function startLoggingProxy(): Promise<LoggingProxy> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = req.url ?? '';
      seen.push({ method: req.method ?? '?', url, body: body.toString('utf8') });
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return void res.writeHead(400).end();
      }
      // Only loopback targets are forwarded: the tests' own servers.
      if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') return void res.writeHead(502).end();
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      upstream.end(body);
    });
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    seen.push({ method: 'CONNECT', url: req.url ?? '', body: '' });
    // The HTTP server hands a CONNECT socket over without its error handler: Chromium resetting
    // the refused tunnel (ECONNRESET) would otherwise be an uncaught exception in the test run.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    // `<-loopback>` removes Chromium's implicit bypass of localhost/127.0.0.1.
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface RuleSetHost {
  url: string;
  /** GETs of the rule set, as the host saw them. */
  fetches: number;
  publish(body: string): void;
  close(): Promise<void>;
}

/** A static host for a signed rule set (CORS and ETag as docs/deployment.md asks of one). */
export async function startRuleSetHost(): Promise<RuleSetHost> {
  let body = '';
  const host = {
    url: '',
    fetches: 0,
    publish: (text: string) => void (body = text),
    close: async () => {},
  };
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
    res.setHeader('Access-Control-Expose-Headers', 'ETag');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    host.fetches++;
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/jose', ETag: etag, 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  host.url = `http://127.0.0.1:${port}/regelsett/bergen.jws`;
  host.close = () => new Promise((resolve) => server.close(() => resolve()));
  return host;
}

/** Personal data a reply may hold; none of it may be sent anywhere or stored. */
export const SECRETS = {
  name: 'Ingrid Kvamsdal',
  fnr: '13097248022',
  health: ['diagnose', 'sykmelding'],
} as const;

export const SECRET_REPLY =
  `Hei ${SECRETS.name}! Fødselsnummeret ditt er ${SECRETS.fnr}. ` + `Vi har mottatt ${SECRETS.health[1]}en og legens ${SECRETS.health[0]} fra fastlegen.`;

/** The strings to look for in traffic and storage (the health words as typed). */
export const SECRET_NEEDLES: readonly string[] = [SECRETS.name, 'Kvamsdal', SECRETS.fnr, ...SECRETS.health];

/** Which needles occur in a text (also URL-encoded and base64, how a leak could be disguised). */
export function needlesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return SECRET_NEEDLES.filter((n) => {
    const forms = [n, encodeURIComponent(n), Buffer.from(n).toString('base64')];
    return forms.some((f) => lower.includes(f.toLowerCase()));
  });
}
