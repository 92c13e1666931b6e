/**
 * What starting and stopping an emulator means for all three (Enphase, SolarEdge, Tesla): a
 * Hono app served on 127.0.0.1 (port 0: a free one, as every test server here), and a stop that
 * also cuts the connections a client kept alive, so a test never waits for them.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** An emulator's socket. */
export interface ServedEmulator {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serves `app` on 127.0.0.1:`port` (0: a free port). */
export async function serveEmulator(app: Hono, port = 0): Promise<ServedEmulator> {
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, () =>
      resolve(created as Server),
    ) as Server;
    created.once('error', reject);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
