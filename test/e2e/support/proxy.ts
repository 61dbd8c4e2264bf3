import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { closeServer } from './fixture-server';

export interface ProxyTargets {
  httpPort: number;
  httpsPort: number;
}

export interface ProxiedRequest {
  kind: 'connect' | 'http';
  /** `host:port` for CONNECT, the absolute URL for plain HTTP. */
  target: string;
}

/** The only address the proxy ever connects to, whatever the browser asks for. */
const LOOPBACK = '127.0.0.1';
const TLS_HANDSHAKE = 0x16;

/**
 * The browsers' only way out. Every request they make goes here, and is answered by the local fixture
 * servers: a CONNECT tunnel goes to the HTTPS server when the client starts a TLS handshake and to the
 * HTTP server otherwise (ws:// through a proxy is a CONNECT too); plain `GET http://host/…` is forwarded
 * to the HTTP server with its Host header intact. The requested host only ever travels as a header or
 * SNI name: no connection is opened to anything but 127.0.0.1 and the two fixture ports.
 */
export class LoopbackProxy {
  readonly seen: ProxiedRequest[] = [];
  /** Requests that were not proxy requests at all; should stay empty. */
  readonly refused: string[] = [];
  private readonly sockets = new Set<Socket | Duplex>();

  private constructor(
    private readonly server: Server,
    private readonly targets: ProxyTargets,
  ) {}

  static async start(targets: ProxyTargets): Promise<LoopbackProxy> {
    const server = createServer();
    const proxy = new LoopbackProxy(server, targets);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => proxy.forward(req, res));
    server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => proxy.tunnel(req, socket, head));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
      proxy.refused.push(`upgrade ${req.url ?? ''}`);
      socket.destroy();
    });
    server.on('connection', (socket: Socket) => proxy.track(socket));
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen({ host: LOOPBACK, port: 0 }, () => resolveListen());
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `host:port` of every CONNECT and the host of every plain request, in order. */
  hosts(): string[] {
    return this.seen.map((r) => (r.kind === 'connect' ? r.target : new URL(r.target).host));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await closeServer(this.server);
  }

  private track(socket: Socket | Duplex): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const target = req.url ?? '';
    if (!/^http:\/\//i.test(target)) {
      this.refused.push(`${req.method ?? '?'} ${target}`);
      res
        .writeHead(400, { 'content-type': 'text/plain' })
        .end('loopback proxy: only absolute http:// proxy requests\n');
      return;
    }
    const url = new URL(target);
    this.seen.push({ kind: 'http', target: url.href });
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: url.host };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = request(
      {
        host: LOOPBACK,
        port: this.targets.httpPort,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.rawHeaders);
        response.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`loopback proxy: fixture server failed: ${error.message}\n`);
    });
    req.pipe(upstream);
  }

  private tunnel(req: IncomingMessage, client: Duplex, head: Buffer): void {
    this.track(client);
    const target = req.url ?? '';
    this.seen.push({ kind: 'connect', target });
    client.on('error', () => client.destroy());
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    // Which server to splice to depends on what the client says first, not on the port it named.
    const splice = (first: Buffer): void => {
      const port = first[0] === TLS_HANDSHAKE ? this.targets.httpsPort : this.targets.httpPort;
      const upstream = connect({ host: LOOPBACK, port });
      this.track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      upstream.write(first);
      client.pipe(upstream);
      upstream.pipe(client);
    };
    if (head.length > 0) splice(head);
    // splice() pipes synchronously, so no chunk after the first can slip past.
    else client.once('data', splice);
  }
}
