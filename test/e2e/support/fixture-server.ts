import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, relative, resolve, sep } from 'node:path';
import { createSecureContext, type SecureContext } from 'node:tls';
import { certificateFor } from './certificate';
import { FIXTURES_DIR } from './paths';

export type Scheme = 'http' | 'https';

export interface RecordedRequest {
  scheme: Scheme;
  /** Host name from the Host header, lower-case, without the port. */
  host: string;
  port: number;
  method: string;
  /** Path and query, as the browser sent them. */
  path: string;
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  origin: string | undefined;
  /** Set once the response has been sent. */
  status?: number;
}

export interface RequestContext {
  scheme: Scheme;
  host: string;
  port: number;
  url: URL;
  origin: string | undefined;
  cookies: Readonly<Record<string, string>>;
  /** The request body as text (for fake APIs that take POSTs). */
  body(): Promise<string>;
  json(status: number, value: unknown, headers?: Readonly<Record<string, string>>): void;
  send(status: number, body: string, contentType?: string, headers?: Readonly<Record<string, string>>): void;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ctx: RequestContext) => void | Promise<void>;

interface ResponseOptions {
  status?: number;
  headers?: Readonly<Record<string, string>>;
  contentType?: string;
}

/**
 * Declarative answers. `file` is relative to test/fixtures/; `dir` (for prefix routes) maps the
 * rest of the path onto a fixtures folder.
 */
export type RouteResponse =
  | ({ file: string } & ResponseOptions)
  | ({ dir: string } & ResponseOptions)
  | ({ body: string } & ResponseOptions)
  | ({ json: unknown } & ResponseOptions)
  | { redirect: string; status?: 301 | 302 | 303 | 307 | 308 };

export type RouteSpec = RouteHandler | RouteResponse;

export interface RouteOptions {
  /** Only answer on this scheme; by default a route answers on both. */
  scheme?: Scheme;
  /** Match every path that starts with `pathname` rather than the exact path. */
  prefix?: boolean;
}

interface Route {
  host: string;
  pathname: string;
  spec: RouteSpec;
  scheme: Scheme | undefined;
  prefix: boolean;
  builtin: boolean;
}

export const ANY_HOST = '*';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const BLANK_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body>blank</body></html>';

/**
 * The web as the browsers see it during a test: an HTTP and an HTTPS server on 127.0.0.1 that answer
 * for any host name (the loopback proxy sends every request here), dispatching on (host, path).
 * Nothing is added for CORS: like a real same-origin service, a cross-origin caller only gets a
 * readable response if the browser lets it through (an extension with host permission).
 */
export class FixtureServer {
  readonly requests: RecordedRequest[] = [];
  /** Exceptions thrown by route handlers; each also answered 500. */
  readonly errors: Error[] = [];
  private readonly routes: Route[] = [];

  private constructor(
    private readonly http: Server,
    private readonly https: Server,
  ) {}

  static async start(): Promise<FixtureServer> {
    const fallback = await certificateFor('localhost');
    const http = createHttpServer();
    const https = createHttpsServer({
      ...fallback,
      SNICallback: (servername, callback) => {
        secureContextFor(servername).then(
          (context) => {
            callback(null, context);
          },
          (error: unknown) => {
            callback(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
    });
    const server = new FixtureServer(http, https);
    http.on('request', (req: IncomingMessage, res: ServerResponse) => void server.handle('http', req, res));
    https.on('request', (req: IncomingMessage, res: ServerResponse) => void server.handle('https', req, res));
    server.addBuiltins();
    await Promise.all([listen(http), listen(https)]);
    return server;
  }

  get httpPort(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get httpsPort(): number {
    return (this.https.address() as AddressInfo).port;
  }

  /**
   * Answers `pathname` on `host` (`'*'` for any host). A route for a named host wins over a
   * wildcard one; among equals the latest wins, so a test can override an earlier route.
   * Returns a function that removes the route.
   */
  route(host: string, pathname: string, spec: RouteSpec, options: RouteOptions = {}): () => void {
    if (!pathname.startsWith('/')) throw new Error(`route pathname must start with "/": ${pathname}`);
    const route: Route = {
      host: host.toLowerCase(),
      pathname,
      spec,
      scheme: options.scheme,
      prefix: options.prefix ?? false,
      builtin: false,
    };
    this.routes.push(route);
    return () => {
      const index = this.routes.indexOf(route);
      if (index >= 0) this.routes.splice(index, 1);
    };
  }

  /** Drops every route a test added, keeping the built-in ones. */
  resetRoutes(): void {
    for (let i = this.routes.length - 1; i >= 0; i--) {
      if (!this.routes[i]?.builtin) this.routes.splice(i, 1);
    }
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  requestsTo(host: string, pathname?: string): RecordedRequest[] {
    const wanted = host.toLowerCase();
    return this.requests.filter(
      (r) => r.host === wanted && (pathname === undefined || new URL(r.url).pathname === pathname),
    );
  }

  /** Resolves with the first request (already seen or still to come) that matches. */
  async waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = this.requests.map((r) => `${r.method} ${r.url}`).join('\n  ') || '(none)';
        throw new Error(`no matching request reached the fixture server within ${timeoutMs} ms; seen:\n  ${seen}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async close(): Promise<void> {
    await Promise.all([closeServer(this.http), closeServer(this.https)]);
  }

  private addBuiltins(): void {
    const builtin = (pathname: string, spec: RouteSpec): void => {
      this.routes.push({ host: ANY_HOST, pathname, spec, scheme: undefined, prefix: false, builtin: true });
    };
    builtin('/__blank', { body: BLANK_PAGE, contentType: 'text/html; charset=utf-8' });
    // Lets a page (or a test) see exactly what arrived: scheme, Host and headers.
    builtin('/__echo', (req, _res, ctx) => {
      ctx.json(200, {
        scheme: ctx.scheme,
        host: ctx.host,
        port: ctx.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      });
    });
    builtin('/favicon.ico', (_req, res) => {
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
    });
  }

  private findRoute(scheme: Scheme, host: string, pathname: string): Route | undefined {
    let best: Route | undefined;
    let bestScore = -1;
    this.routes.forEach((route, index) => {
      if (route.host !== host && route.host !== ANY_HOST) return;
      if (route.scheme !== undefined && route.scheme !== scheme) return;
      if (route.prefix ? !pathname.startsWith(route.pathname) : route.pathname !== pathname) return;
      // Named host beats wildcard, then exact path beats prefix, then later registration wins.
      const score = (route.host === host ? 2 : 0) * 1e9 + (route.prefix ? 0 : 1e8) + index;
      if (score > bestScore) {
        best = route;
        bestScore = score;
      }
    });
    return best;
  }

  private async handle(scheme: Scheme, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = req.headers.host;
    if (!hostHeader) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('fixture server: request without a Host header');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `${scheme}://${hostHeader}`);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(`fixture server: bad request target ${req.url ?? ''}`);
      return;
    }
    const port = url.port === '' ? (scheme === 'https' ? 443 : 80) : Number(url.port);
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const record: RecordedRequest = {
      scheme,
      host: url.hostname,
      port,
      method: req.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      url: url.href,
      headers: { ...req.headers },
      origin,
    };
    this.requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });

    const ctx = makeContext(scheme, url, port, origin, req, res);
    const route = this.findRoute(scheme, url.hostname, url.pathname);
    try {
      if (!route) {
        ctx.send(
          404,
          `consent-guard fixture server: no route for ${scheme}://${url.host}${url.pathname}\n` +
            `(add one with server.route('${url.hostname}', '${url.pathname}', ...))\n`,
          'text/plain; charset=utf-8',
        );
        return;
      }
      await respond(route, url.pathname, req, res, ctx);
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      this.errors.push(err);
      if (!res.headersSent)
        ctx.send(500, `fixture server: route handler failed: ${err.message}\n`, 'text/plain; charset=utf-8');
      else res.destroy(err);
    }
  }
}

function makeContext(
  scheme: Scheme,
  url: URL,
  port: number,
  origin: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): RequestContext {
  let bodyText: Promise<string> | undefined;
  const send = (
    status: number,
    body: string | Buffer,
    contentType?: string,
    headers: Readonly<Record<string, string>> = {},
  ): void => {
    res.writeHead(status, {
      'cache-control': 'no-store',
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
      ...headers,
    });
    res.end(body);
  };
  return {
    scheme,
    host: url.hostname,
    port,
    url,
    origin,
    cookies: parseCookies(req.headers.cookie),
    body: () => {
      bodyText ??= new Promise<string>((resolveBody, reject) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
      });
      return bodyText;
    },
    json: (status, value, headers) => send(status, JSON.stringify(value), 'application/json; charset=utf-8', headers),
    send: (status, body, contentType, headers) => send(status, body, contentType, headers),
  };
}

async function respond(
  route: Route,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RequestContext,
): Promise<void> {
  const spec = route.spec;
  if (typeof spec === 'function') {
    await spec(req, res, ctx);
    return;
  }
  if ('redirect' in spec) {
    res.writeHead(spec.status ?? 302, { location: spec.redirect, 'cache-control': 'no-store' }).end();
    return;
  }
  const status = spec.status ?? 200;
  const headers = spec.headers ?? {};
  if ('json' in spec) {
    ctx.json(status, spec.json, contentTypeHeader(spec.contentType, headers));
    return;
  }
  if ('body' in spec) {
    ctx.send(status, spec.body, spec.contentType ?? 'text/html; charset=utf-8', headers);
    return;
  }
  const relativePath =
    'file' in spec ? spec.file : spec.dir + decodeURIComponent(pathname.slice(route.pathname.length));
  const file = fixturePath(relativePath);
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    ctx.send(
      404,
      `consent-guard fixture server: fixture file not found: test/fixtures/${relativePath}\n`,
      'text/plain; charset=utf-8',
    );
    return;
  }
  const type = spec.contentType ?? CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, { 'cache-control': 'no-store', 'content-type': type, ...headers });
  res.end(content);
}

function contentTypeHeader(
  contentType: string | undefined,
  headers: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  return contentType === undefined ? headers : { ...headers, 'content-type': contentType };
}

const secureContexts = new Map<string, Promise<SecureContext>>();

function secureContextFor(servername: string): Promise<SecureContext> {
  let context = secureContexts.get(servername);
  if (!context) {
    context = certificateFor(servername).then((pair) => createSecureContext(pair));
    secureContexts.set(servername, context);
  }
  return context;
}

/** Resolves a path under test/fixtures/, refusing anything that would climb out of it. */
export function fixturePath(relativePath: string): string {
  const file = resolve(FIXTURES_DIR, relativePath);
  const rel = relative(FIXTURES_DIR, file);
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..')) {
    throw new Error(`fixture path escapes test/fixtures/: ${relativePath}`);
  }
  return file;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    cookies[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return cookies;
}

function listen(server: Server): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    if (!server.listening) {
      resolveClose();
      return;
    }
    // Browsers keep connections alive; without this, close() would wait for them to idle out.
    server.closeAllConnections();
    server.close(() => resolveClose());
  });
}
