#!/usr/bin/env node
// The local cluster's proxy: one port in front of several API replicas on loopback.
//
//   node tools/cluster/proxy.mjs --port 3000 --upstream r1=127.0.0.1:3001 --upstream r2=127.0.0.1:3002
//
// (`npm run start:cluster` runs it in its own process together with the replicas; this command line
// is for trying the proxy alone.) Plain Node (node:http + node:net), no dependencies.
//
// - HTTP: round robin over the replicas whose /health/ready answers 200 (checked every second);
//   when none is ready, over those that still answer at all (they then answer for themselves, e.g.
//   SERVICE_UNAVAILABLE while the database restarts); when none answers, 503 with a GraphQL-style
//   body {errors:[{message, extensions:{code:'SERVICE_UNAVAILABLE'}}]} and Retry-After: 1.
// - Request bodies (at most 2 MB) and responses (except /socket.io) are buffered, so a replica that
//   refuses the connection or dies before the whole answer is back costs nothing: the request goes
//   to another replica when that is safe (GET/HEAD/OPTIONS, or any method whose connection was
//   refused before anything was sent); otherwise the client gets 502 SERVICE_UNAVAILABLE (the write
//   may or may not have happened: retry with the same clientId). Never a half answer.
// - WebSocket upgrades (socket.io) are passed through as raw TCP; the web app uses the websocket
//   transport only, so no stickiness is needed for it. HTTP long-polling clients are kept on the
//   replica that created their engine.io session (the `sid` of the handshake answer is remembered).
// - Adds X-Forwarded-For / -Proto / -Host (the replicas run with TRUST_PROXY=loopback) and names the
//   replica that answered in `X-Kennislijn-Replica` (also on the 101 of a WebSocket upgrade). A
//   request header `X-Kennislijn-Replica: r2` asks for that replica while it is ready (tests and the
//   drill use it to put clients on a given replica).

import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const MAX_BODY = 2 * 1024 * 1024;
const MAX_BUFFERED_RESPONSE = 16 * 1024 * 1024;
const HEALTH_TIMEOUT_MS = 2_500;
const SID_TTL_MS = 120_000;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'content-length']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);
const REPLICA_HEADER = 'x-kennislijn-replica';

const MESSAGES = {
  none: {
    nl: 'Kennislijn is even niet bereikbaar. Probeer het zo opnieuw; er is niets verloren gegaan.',
    en: 'Kennislijn is briefly unavailable. Try again shortly; nothing was lost.',
  },
  lost: {
    nl: 'De verbinding met de server viel weg voordat er antwoord was. Probeer het opnieuw.',
    en: 'The connection to the server was lost before it answered. Please try again.',
  },
};

const english = (req) => /^en\b/i.test(String(req.headers['accept-language'] ?? '').trim());

/** A GraphQL-style error answer (the web app and the API's own errors look the same). */
function errorBody(req, kind) {
  return JSON.stringify({ errors: [{ message: MESSAGES[kind][english(req) ? 'en' : 'nl'], extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
}

/**
 * Creates the proxy. `upstreams`: [{ name, host, port }]. Returns { server, listen(port, host),
 * close(), upstreams, markDown(name), stats }. `log(line)` receives one-line notices.
 */
export function createProxy({ upstreams, healthIntervalMs = 1_000, log = () => undefined } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 64, timeout: 600_000 });
  const ups = upstreams.map((u) => ({ ...u, state: 'unknown', checking: false, since: performance.now(), served: 0, failures: 0 }));
  const byName = new Map(ups.map((u) => [u.name, u]));
  const sids = new Map(); // engine.io sid -> { upstream, seen }
  const upgraded = new Set(); // open WebSocket tunnels (client socket, upstream socket)
  const stats = { requests: 0, retried: 0, unavailable: 0, lost: 0, upgrades: 0 };
  let rr = 0;
  let closed = false;

  function setState(u, state, why) {
    if (u.state === state) return;
    const was = u.state;
    u.state = state;
    u.since = performance.now();
    if (was !== 'unknown' || state !== 'ready') log(`${u.name} (${u.host}:${u.port}) ${was} -> ${state}${why ? ` (${why})` : ''}`);
    else log(`${u.name} (${u.host}:${u.port}) ready`);
  }

  function check(u) {
    if (u.checking || closed) return;
    u.checking = true;
    let timedOut = false;
    const req = http.get({ host: u.host, port: u.port, path: '/health/ready', agent: false, timeout: HEALTH_TIMEOUT_MS, headers: { 'user-agent': 'kennislijn-cluster-proxy' } }, (res) => {
      res.resume();
      res.on('end', () => {
        u.checking = false;
        u.slow = 0;
        setState(u, res.statusCode === 200 ? 'ready' : 'unready', res.statusCode === 200 ? '' : `/health/ready ${res.statusCode}`);
      });
      res.on('error', () => {
        u.checking = false;
      });
      res.on('close', () => {
        u.checking = false;
      });
    });
    req.on('timeout', () => {
      timedOut = true;
      req.destroy(new Error('health check timed out'));
    });
    req.on('error', (err) => {
      u.checking = false;
      if (timedOut) {
        // Busy, not gone: it still takes connections. Out of the first choice after 3 slow checks in a row.
        u.slow = (u.slow ?? 0) + 1;
        if (u.slow >= 3 && u.state === 'ready') setState(u, 'unready', `/health/ready slower than ${HEALTH_TIMEOUT_MS} ms`);
        return;
      }
      setState(u, 'down', err.code ?? err.message);
    });
  }

  const checkAll = () => ups.forEach(check);
  const timer = setInterval(() => {
    checkAll();
    const now = performance.now();
    for (const [sid, s] of sids) if (now - s.seen > SID_TTL_MS) sids.delete(sid);
  }, healthIntervalMs);
  timer.unref();
  checkAll();

  /** The replicas to try, best first: ready ones (round robin), else ones that still answer, else the rest. */
  function candidates(req, exclude) {
    const ready = ups.filter((u) => u.state === 'ready' && !exclude.has(u));
    const answering = ups.filter((u) => (u.state === 'unready' || u.state === 'unknown') && !exclude.has(u));
    // None answered the last check: try them anyway (one may be back since; a refused connection costs nothing).
    const down = ups.filter((u) => u.state === 'down' && !exclude.has(u));
    const pool = ready.length ? ready : answering.length ? answering : down;
    if (!pool.length) return [];
    const start = rr++ % pool.length;
    const ordered = pool.slice(start).concat(pool.slice(0, start));
    // A sticky engine.io session, or a replica asked for by name, goes first.
    const wanted = stickyFor(req) ?? byName.get(String(req.headers[REPLICA_HEADER] ?? ''));
    if (wanted && ordered.includes(wanted)) return [wanted, ...ordered.filter((u) => u !== wanted)];
    return ordered;
  }

  function stickyFor(req) {
    if (!req.url.startsWith('/socket.io')) return undefined;
    const sid = new URL(req.url, 'http://x').searchParams.get('sid');
    const s = sid ? sids.get(sid) : undefined;
    if (!s) return undefined;
    s.seen = performance.now();
    return s.upstream;
  }

  function forwardedHeaders(req, u) {
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k) && k !== REPLICA_HEADER) headers[k] = v;
    // The proxy is the edge: what a client says about itself in X-Forwarded-* is replaced, never
    // passed on, or anyone could pick the address the replicas rate-limit by.
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    headers['x-forwarded-proto'] = req.socket.encrypted ? 'https' : 'http';
    headers['x-forwarded-host'] = req.headers.host ?? `${u.host}:${u.port}`;
    delete headers['forwarded'];
    return headers;
  }

  function unavailable(req, res, status, kind) {
    if (kind === 'none') stats.unavailable++;
    else stats.lost++;
    if (res.headersSent) return res.destroy();
    const body = errorBody(req, kind);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'retry-after': '1', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // --- HTTP -------------------------------------------------------------------------------------

  function onRequest(req, res) {
    stats.requests++;
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) tooLarge = true;
      else chunks.push(c);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (tooLarge) {
        const body = JSON.stringify({ errors: [{ message: english(req) ? 'The request is too large (at most 1 MB).' : 'Het verzoek is te groot (hoogstens 1 MB).', extensions: { code: 'BAD_USER_INPUT' } }] });
        res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
        return res.end(body);
      }
      attempt(req, res, Buffer.concat(chunks), new Set());
    });
  }

  // `reached`: an earlier attempt got through to a replica (which then failed), so it is not "none up".
  function attempt(req, res, body, tried, reached = false) {
    if (res.destroyed || req.socket.destroyed) return;
    const [u] = candidates(req, tried);
    if (!u) return unavailable(req, res, reached ? 502 : 503, reached ? 'lost' : 'none');
    tried.add(u);
    const headers = forwardedHeaders(req, u);
    if (body.length || !IDEMPOTENT.has(req.method)) headers['content-length'] = String(body.length);
    const handshake = req.url.startsWith('/socket.io') && !/[?&]sid=/.test(req.url);
    // Long-polling answers stream through; an engine.io handshake is short and read for its sid.
    const buffered = !req.url.startsWith('/socket.io') || handshake;
    let connected = false;
    let answered = false;
    let failed = false;
    let gone = false;
    const up = http.request({ host: u.host, port: u.port, method: req.method, path: req.url, headers, agent });
    up.on('socket', (s) => {
      if (!s.connecting) connected = true;
      else s.once('connect', () => (connected = true));
    });
    const retryOrFail = (err) => {
      if (failed) return;
      failed = true;
      // The client went away first (we destroyed the upstream request): nothing to answer.
      if (gone || res.writableFinished) return;
      if (answered && !buffered) return res.destroy();
      const refused = !connected && !up.reusedSocket;
      if (refused) {
        // Nothing reached the replica: it is down, whatever the method.
        u.failures++;
        if (u.state !== 'down') setState(u, 'down', err?.code ?? 'connection failed');
      }
      if (refused || IDEMPOTENT.has(req.method)) {
        stats.retried++;
        return attempt(req, res, body, tried, reached || !refused);
      }
      unavailable(req, res, 502, 'lost');
    };
    up.on('error', retryOrFail);
    up.on('response', (ur) => {
      answered = true;
      const outHeaders = {};
      for (const [k, v] of Object.entries(ur.headers)) if (!HOP_BY_HOP.has(k) || (k === 'content-length' && !buffered)) outHeaders[k] = v;
      outHeaders[REPLICA_HEADER] = u.name;
      if (!buffered) {
        u.served++;
        res.writeHead(ur.statusCode, ur.statusMessage, outHeaders);
        ur.pipe(res);
        ur.on('error', () => res.destroy());
        ur.on('aborted', () => res.destroy());
        return;
      }
      const parts = [];
      let length = 0;
      ur.on('data', (c) => {
        length += c.length;
        if (length <= MAX_BUFFERED_RESPONSE) parts.push(c);
        else ur.destroy(new Error('response too large to buffer'));
      });
      ur.on('error', retryOrFail);
      ur.on('aborted', () => retryOrFail(new Error('aborted')));
      ur.on('end', () => {
        if (!ur.complete) return retryOrFail(new Error('incomplete response'));
        u.served++;
        const data = Buffer.concat(parts);
        if (handshake && ur.statusCode === 200) {
          const m = /"sid":"([^"]+)"/.exec(data.subarray(0, 512).toString('latin1'));
          if (m) sids.set(m[1], { upstream: u, seen: performance.now() });
        }
        if (req.method !== 'HEAD') outHeaders['content-length'] = String(data.length);
        else if (ur.headers['content-length'] !== undefined) outHeaders['content-length'] = ur.headers['content-length'];
        if (res.destroyed) return;
        res.writeHead(ur.statusCode, ur.statusMessage, outHeaders);
        res.end(req.method === 'HEAD' ? undefined : data);
      });
    });
    res.on('close', () => {
      if (res.writableFinished) return;
      gone = true;
      up.destroy();
    });
    up.end(body.length ? body : undefined);
  }

  // --- WebSocket --------------------------------------------------------------------------------

  function onUpgrade(req, client, head) {
    stats.upgrades++;
    client.on('error', () => client.destroy());
    tunnel(req, client, head, new Set());
  }

  function tunnel(req, client, head, tried) {
    if (client.destroyed) return;
    const [u] = candidates(req, tried);
    if (!u) {
      stats.unavailable++;
      const body = errorBody(req, 'none');
      client.end(`HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nretry-after: 1\r\nconnection: close\r\n\r\n${body}`);
      return;
    }
    tried.add(u);
    const upstream = net.connect({ host: u.host, port: u.port });
    let connected = false;
    upstream.on('error', (err) => {
      if (!connected) {
        if (u.state !== 'down') setState(u, 'down', err.code ?? 'connection failed');
        return tunnel(req, client, head, tried);
      }
      client.destroy();
    });
    upstream.on('connect', () => {
      connected = true;
      if (client.destroyed) return upstream.destroy();
      const headers = forwardedHeaders(req, u);
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (const [k, v] of Object.entries(headers)) for (const value of Array.isArray(v) ? v : [v]) lines.push(`${k}: ${value}`);
      lines.push('connection: Upgrade', `upgrade: ${req.headers.upgrade}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head?.length) upstream.write(head);
      // Name the replica in the 101 answer, then pass everything through untouched.
      let pending = Buffer.alloc(0);
      const onHead = (chunk) => {
        pending = Buffer.concat([pending, chunk]);
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0 && pending.length < 16_384) return;
        upstream.off('data', onHead);
        upstream.pause();
        const out = end < 0 ? pending : Buffer.concat([pending.subarray(0, end), Buffer.from(`\r\n${REPLICA_HEADER}: ${u.name}`), pending.subarray(end)]);
        client.write(out);
        u.served++;
        upstream.pipe(client);
        client.pipe(upstream);
        upstream.resume();
      };
      upstream.on('data', onHead);
      const pair = { client, upstream, upstreamName: u.name };
      upgraded.add(pair);
      const done = () => {
        upgraded.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      upstream.on('close', done);
      client.on('close', done);
    });
    upstream.setNoDelay(true);
    client.setNoDelay?.(true);
  }

  const server = http.createServer(onRequest);
  server.on('upgrade', onUpgrade);
  server.on('clientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;

  return {
    server,
    upstreams: ups,
    stats,
    /** The process of a replica exited: take it out at once (the health check brings it back). */
    markDown(name, why = 'process exited') {
      const u = byName.get(name);
      if (u) setState(u, 'down', why);
      for (const [sid, s] of sids) if (s.upstream === u) sids.delete(sid);
    },
    /** Checks every replica now (after a restart, to take it back in without waiting a second). */
    checkNow: checkAll,
    openTunnels: () => upgraded.size,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address().port);
        });
      });
    },
    /** Stops taking connections and closes the open ones (WebSockets too). */
    close() {
      closed = true;
      clearInterval(timer);
      for (const p of upgraded) {
        p.client.destroy();
        p.upstream.destroy();
      }
      agent.destroy();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Command line

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  let port = Number(process.env.PORT ?? 3000);
  let host = '127.0.0.1';
  const upstreams = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port') port = Number(args[++i]);
    else if (args[i] === '--host') host = args[++i];
    else if (args[i] === '--upstream') {
      const m = /^(?:([\w-]+)=)?([^:]+):(\d+)$/.exec(args[++i] ?? '');
      if (!m) throw new Error('--upstream takes [name=]host:port');
      upstreams.push({ name: m[1] ?? `r${upstreams.length + 1}`, host: m[2], port: Number(m[3]) });
    } else {
      console.log('usage: node tools/cluster/proxy.mjs [--port 3000] [--host 127.0.0.1] --upstream [name=]host:port ...');
      process.exit(args[i] === '--help' ? 0 : 2);
    }
  }
  if (!upstreams.length) throw new Error('give at least one --upstream host:port');
  const proxy = createProxy({ upstreams, log: (line) => console.log(`[proxy] ${line}`) });
  const bound = await proxy.listen(port, host);
  console.log(`[proxy] listening on http://${host}:${bound} for ${upstreams.map((u) => `${u.name}=${u.host}:${u.port}`).join(', ')}`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void proxy.close().then(() => process.exit(0)));
}
