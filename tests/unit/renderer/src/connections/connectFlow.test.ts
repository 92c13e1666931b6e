import { describe, expect, it } from 'vitest';
import type { IpcError, IpcResult, ResponseOf } from '../../../../../shared/contract';
import type { Connection, RemoteSystem } from '../../../../../shared/domain';
import {
  flowReducer,
  IDLE,
  isBusy,
  type Flow,
  type FlowEvent,
} from '../../../../../renderer/src/connections/connectFlow';

/** A provider by its declared name: the flow's sentences use that name, not one it knows. */
const solarCo = { id: 'enphase' as const, name: 'SolarCo' };

const connection: Connection = {
  id: 'enphase-4521',
  provider: 'enphase',
  accountLabel: 'Enphase owner 4521',
  state: 'connected',
  siteIds: [],
  createdAt: 1_760_000_000,
  refreshedAt: null,
  problem: null,
  connectedWith: 'oauth-popup',
};
const systems: RemoteSystem[] = [
  {
    externalId: '11',
    name: 'Library',
    city: 'Denver',
    timeZone: 'America/Denver',
    capacityW: 8_000,
    status: 'normal',
    selected: false,
  },
];

function fail(code: IpcError['code'], message = 'nope'): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

const connected: IpcResult<ResponseOf<'connections.connect'>> = {
  ok: true,
  value: { connection, systems, reconnected: false },
};

function run(events: FlowEvent[], from: Flow = IDLE): Flow {
  return events.reduce(flowReducer, from);
}

describe('connecting an account', () => {
  it('waits while the person signs in, then shows the picker with the listed systems', () => {
    const waiting = run([{ type: 'sign-in', provider: solarCo, method: 'popup' }]);
    expect(waiting).toEqual({
      step: 'signing-in',
      provider: solarCo,
      method: 'popup',
      connectionId: null,
    });
    expect(isBusy(waiting)).toBe(true);
    expect(run([{ type: 'signed-in', result: connected }], waiting)).toEqual({
      step: 'picking',
      connection,
      systems,
      reconnected: false,
      error: null,
    });
  });

  it('remembers the system-browser method for the waiting text', () => {
    expect(run([{ type: 'sign-in', provider: solarCo, method: 'browser' }])).toMatchObject({
      method: 'browser',
    });
  });

  it('a closed sign-in window is a calm note, not an error', () => {
    const flow = run([
      { type: 'sign-in', provider: solarCo, method: 'popup' },
      { type: 'signed-in', result: fail('cancelled', 'The sign-in window was closed.') },
    ]);
    expect(flow).toEqual({ step: 'idle', note: { kind: 'cancelled' } });
    expect(isBusy(flow)).toBe(false);
  });

  it.each(['unavailable', 'internal', 'forbidden', 'needs_reauth'] as const)(
    'a %s failure shows main’s message as an error',
    (code) => {
      const flow = run([
        { type: 'sign-in', provider: solarCo, method: 'popup' },
        { type: 'signed-in', result: fail(code, 'The relay did not answer.') },
      ]);
      expect(flow).toEqual({
        step: 'idle',
        note: {
          kind: 'error',
          title: 'SolarCo could not be connected',
          error: { code, message: 'The relay did not answer.' },
        },
      });
    },
  );

  it('a second sign-in cannot start while one runs', () => {
    const waiting = run([{ type: 'sign-in', provider: solarCo, method: 'popup' }]);
    expect(run([{ type: 'sign-in', provider: solarCo, method: 'browser' }], waiting)).toBe(waiting);
    expect(run([{ type: 'open-picker', connectionId: 'x' }], waiting)).toBe(waiting);
    expect(run([{ type: 'close' }], waiting)).toBe(waiting);
  });

  it('Reconnect remembers which card asked and opens the picker marked as a reconnect', () => {
    const flow = run([
      { type: 'sign-in', provider: solarCo, method: 'popup', connectionId: connection.id },
      {
        type: 'signed-in',
        result: { ok: true, value: { connection, systems, reconnected: true } },
      },
    ]);
    expect(flow).toMatchObject({ step: 'picking', reconnected: true });
    expect(
      run([{ type: 'sign-in', provider: solarCo, method: 'popup', connectionId: connection.id }]),
    ).toMatchObject({
      connectionId: connection.id,
    });
  });
});

describe('saving the chosen sites', () => {
  const picking = run([
    { type: 'sign-in', provider: solarCo, method: 'popup' },
    { type: 'signed-in', result: connected },
  ]);

  it('ends on the list with a note of how many sites start their backfill', () => {
    const saved = { ...connection, siteIds: ['enphase:11'] };
    const flow = run(
      [{ type: 'save' }, { type: 'saved', result: { ok: true, value: saved }, added: 1 }],
      picking,
    );
    expect(flow).toEqual({
      step: 'idle',
      note: { kind: 'saved', accountLabel: 'Enphase owner 4521', added: 1, total: 1 },
    });
  });

  it('a failed save keeps the picker open with the error inside it', () => {
    const flow = run(
      [{ type: 'save' }, { type: 'saved', result: fail('unavailable', 'Offline.'), added: 1 }],
      picking,
    );
    expect(flow).toMatchObject({
      step: 'picking',
      systems,
      error: { code: 'unavailable', message: 'Offline.' },
    });
    // Trying again clears the old error while it saves.
    expect(run([{ type: 'save' }], flow)).toMatchObject({ step: 'saving', error: null });
  });

  it('cannot be closed while saving, and can be closed while picking', () => {
    const saving = run([{ type: 'save' }], picking);
    expect(run([{ type: 'close' }], saving)).toBe(saving);
    expect(run([{ type: 'close' }], picking)).toEqual(IDLE);
  });
});

describe('Choose sites on an existing connection', () => {
  it('lists the systems, then shows the picker', () => {
    const flow = run([
      { type: 'open-picker', connectionId: connection.id },
      { type: 'systems-loaded', connection, result: { ok: true, value: { systems } } },
    ]);
    expect(flow).toEqual({ step: 'picking', connection, systems, reconnected: false, error: null });
  });

  it('a failed listing is shown as an error', () => {
    const flow = run([
      { type: 'open-picker', connectionId: connection.id },
      { type: 'systems-loaded', connection, result: fail('needs_reauth', 'Sign in again.') },
    ]);
    expect(flow).toMatchObject({
      step: 'idle',
      note: { kind: 'error', error: { code: 'needs_reauth' } },
    });
  });

  it('an answer that arrives after the picker was closed is dropped', () => {
    const flow = run([
      { type: 'open-picker', connectionId: connection.id },
      { type: 'close' },
      { type: 'systems-loaded', connection, result: { ok: true, value: { systems } } },
    ]);
    expect(flow).toEqual(IDLE);
  });

  it('a connection that disappeared meanwhile is reported, not shown empty', () => {
    const flow = run([
      { type: 'open-picker', connectionId: connection.id },
      { type: 'systems-loaded', connection: undefined, result: { ok: true, value: { systems } } },
    ]);
    expect(flow).toMatchObject({
      step: 'idle',
      note: { kind: 'error', error: { code: 'not_found' } },
    });
  });
});

describe('notes', () => {
  it('are dismissed by close', () => {
    expect(run([{ type: 'close' }], { step: 'idle', note: { kind: 'cancelled' } })).toEqual(IDLE);
  });
});
