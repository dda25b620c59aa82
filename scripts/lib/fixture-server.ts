import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** Fake hosts the fixture server answers for, so tests get distinct origins without DNS. */
export const FIXTURE_HOST = 'nktl-fixtures.test';
export const OTHER_ORIGIN_HOST = 'other-origin.test';

export interface SeenRequest {
  method: string;
  url: string;
  origin: string | undefined;
  referer: string | undefined;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT — for direct use (the demo). */
  origin: string;
  /** "127.0.0.1:PORT" — give Chromium --proxy-server=http://<proxy>. */
  proxy: string;
  /** Every request that reached the server, in order. */
  requests: SeenRequest[];
  /** Requests for anything other than a fixture file: what the network test counts. */
  unexpected(): SeenRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves fixture pages and doubles as Chromium's HTTP proxy. Launched with
 * --proxy-server pointing here and loopback not bypassed, every request the
 * browser makes — from pages, the extension's pages or its service worker —
 * reaches this server, so a test can count the ones that are not fixtures.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const rootDir = resolve(root);
  const requests: SeenRequest[] = [];
  const isFixture: boolean[] = [];
  let selfHost = '';

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const target = new URL(request.url ?? '/', `http://${request.headers.host ?? selfHost}`);
    const ours = [selfHost, `localhost:${target.port}`, FIXTURE_HOST, OTHER_ORIGIN_HOST].includes(
      target.host,
    );
    requests.push({
      method: request.method ?? 'GET',
      url: target.href,
      origin: header(request, 'origin'),
      referer: header(request, 'referer'),
    });
    const file = ours ? safePath(rootDir, decodeURIComponent(target.pathname)) : null;
    isFixture.push(file !== null);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  // HTTPS through a proxy starts with CONNECT: record it and refuse.
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    requests.push({
      method: 'CONNECT',
      url: `https://${request.url ?? ''}`,
      origin: undefined,
      referer: undefined,
    });
    isFixture.push(false);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  selfHost = `127.0.0.1:${port}`;
  return {
    origin: `http://${selfHost}`,
    proxy: selfHost,
    requests,
    unexpected: () => requests.filter((_, index) => !isFixture[index]),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A file under root for a URL path (index.html for folders), or null. Never escapes root. */
function safePath(root: string, pathname: string): string | null {
  const candidate = normalize(join(root, pathname));
  if (!candidate.startsWith(root)) {
    return null;
  }
  const file =
    existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
