// Hostile callers over real sockets: path segments that name Object.prototype members, clients
// that trickle their headers to hold a socket (slowloris), and more sockets than the relay serves.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest({
    socketLimits: { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 },
  });
});

afterAll(async () => {
  await relay.close();
});

const prototypeKeys = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];

function errorLogLines(): string[] {
  return relay.logs.filter((line) => /"level":"error"/.test(line));
}

describe('path segments named after Object.prototype members', () => {
  const cases = prototypeKeys.flatMap((key) => [
    ['GET', `/oauth/enphase/${key}`],
    ['POST', `/oauth/enphase/${key}`],
    ['POST', `/oauth/${key}/token`],
    ['POST', `/oauth/${key}/refresh`],
    ['GET', `/oauth/${key}/callback?code=c&state=s`],
  ]);

  it.each(cases)('%s %s answers 404 and logs no error', async (method, path) => {
    const response = await fetch(`${relay.url}${path}`, {
      method,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
    });
    const body = (await response.json()) as { error: string };
    expect(response.status).toBe(404);
    expect(['not_found', 'unknown_provider']).toContain(body.error);
    expect(errorLogLines()).toEqual([]);
  });
});

/** Opens a raw TCP connection to the relay. */
function openSocket(url = relay.url): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with what the server sent once it closes the socket. */
function untilClosed(socket: Socket): Promise<string> {
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => {
    received += chunk;
  });
  return new Promise((resolve) => {
    socket.once('close', () => resolve(received));
    socket.once('error', () => undefined);
  });
}

describe('slow clients', () => {
  it('closes a connection that sends its headers one byte at a time, with 408', async () => {
    const socket = await openSocket();
    const closed = untilClosed(socket);
    const headers = `GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Padding: ${'a'.repeat(10_000)}`;
    let index = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write(headers[index++ % headers.length] ?? 'a');
    }, 50);
    try {
      // Node checks its header deadline only every connectionsCheckingInterval (30 s by
      // default, past this test's timeout); the relay checks every second.
      expect(await closed).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  }, 20_000);
});

describe('connection cap', () => {
  let capped: RelayUnderTest;

  beforeAll(async () => {
    capped = await startRelayUnderTest({ socketLimits: { maxConnections: 3 } });
  });

  afterAll(async () => {
    await capped.close();
  });

  it('drops connections past the cap and serves again once sockets are freed', async () => {
    const held = await Promise.all([1, 2, 3].map(() => openSocket(capped.url)));
    // A partial request keeps each held socket busy on the server side.
    for (const socket of held) socket.write('GET /healthz HTTP/1.1\r\n');
    const extra = await openSocket(capped.url);
    const extraClosed = untilClosed(extra);
    extra.write('GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n');
    expect(await extraClosed).toBe('');
    for (const socket of held) socket.destroy();
    await Promise.all(
      held.map((socket) => new Promise((resolve) => socket.once('close', resolve))),
    );
    let status = 0;
    // The server learns of the freed sockets asynchronously; retry a few times (no timing).
    for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      status = await fetch(`${capped.url}/healthz`)
        .then((response) => response.status)
        .catch(() => 0);
    }
    expect(status).toBe(200);
  });
});
