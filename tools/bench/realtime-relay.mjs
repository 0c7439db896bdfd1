#!/usr/bin/env node
// The bare socket.io baseline for tools/bench/realtime.mjs: a socket.io server with the API's
// options and event names, but no authentication, no database and no rendering. `message:send`
// numbers the message in memory, relays it to the thread's room and acknowledges it; that is the
// least any real-time server must do, so Kennislijn's latency can be read as a ratio to it.
//
//   node tools/bench/realtime-relay.mjs [--port 0] [--batch-ms 0]
//
// With --batch-ms N (> 0) the relay instead collects a room's messages for up to N ms and sends
// them as one `messages` event (an array): what batching the fan-out would save (fewer frames).
//
// Prints `READY <port>` on stdout once listening; stops on SIGTERM/SIGINT.

import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const port = arg('--port', 0);
const batchMs = arg('--batch-ms', 0);
const pending = new Map();

function relay(room, message) {
  if (!batchMs) {
    io.to(room).emit('message', message);
    return;
  }
  const list = pending.get(room);
  if (list) {
    list.push(message);
    return;
  }
  pending.set(room, [message]);
  setTimeout(() => {
    const messages = pending.get(room);
    pending.delete(room);
    io.to(room).emit('messages', messages);
  }, batchMs);
}

const http = createServer((req, res) => {
  res.statusCode = req.url === '/health/ready' ? 200 : 404;
  res.end();
});
// The same options as libs/api/realtime/src/lib/realtime.service.ts.
const io = new Server(http, { path: '/socket.io', serveClient: false, pingInterval: 10_000, pingTimeout: 15_000, maxHttpBufferSize: 256_000 });
const seqs = new Map();
const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

io.on('connection', (socket) => {
  const author = { id: randomUUID(), name: 'Bench' };
  socket.on('thread:subscribe', (payload, ack) => {
    const threadId = String(payload?.threadId ?? '');
    void socket.join(`thread:${threadId}`);
    if (typeof ack === 'function') ack({ ok: true, messages: [], threadSeq: seqs.get(threadId) ?? 0, hasMore: false });
  });
  socket.on('message:send', (payload, ack) => {
    const threadId = String(payload?.threadId ?? '');
    const body = typeof payload?.body === 'string' ? payload.body.trim() : '';
    const seq = (seqs.get(threadId) ?? 0) + 1;
    seqs.set(threadId, seq);
    const message = {
      id: randomUUID(),
      threadId,
      seq,
      eventSeq: seq,
      clientId: payload?.clientId ?? null,
      author,
      body,
      bodyHtml: `<p>${escape(body)}</p>\n`,
      replyToId: null,
      mentionIds: [],
      createdAt: new Date().toISOString(),
      editedAt: null,
      deleted: false,
      hidden: false,
    };
    // As the API: the room first (after its commit), then the sender's acknowledgement.
    relay(`thread:${threadId}`, message);
    if (typeof ack === 'function') ack({ ok: true, message });
  });
});

http.listen(port, '127.0.0.1', () => {
  process.stdout.write(`READY ${http.address().port}\n`);
});
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    io.close();
    http.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  });
}
