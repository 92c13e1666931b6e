import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { createNetworkMonitor } = await import('../../../../electron/platform/network-monitor');

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createNetworkMonitor', () => {
  it('starts from what the OS says', () => {
    electronMock.online = false;
    expect(createNetworkMonitor().isOnline()).toBe(false);
  });

  it('notices a lost connection on the next gentle poll, not before', () => {
    const monitor = createNetworkMonitor(30);
    const changes: boolean[] = [];
    monitor.onChange((online) => changes.push(online));
    electronMock.online = false;
    vi.advanceTimersByTime(29_000);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(changes).toEqual([false]);
    vi.advanceTimersByTime(60_000);
    expect(changes).toEqual([false]);
    monitor.stop();
  });

  it('goes offline when the machine sleeps and re-checks the moment it wakes', () => {
    const monitor = createNetworkMonitor(30);
    const changes: boolean[] = [];
    monitor.onChange((online) => changes.push(online));
    electronMock.powerMonitor.emit('suspend');
    expect(monitor.isOnline()).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(monitor.isOnline()).toBe(false);
    electronMock.powerMonitor.emit('resume');
    expect(changes).toEqual([false, true]);
    monitor.stop();
  });

  it('stops polling and listening once stopped', () => {
    const monitor = createNetworkMonitor(30);
    const listener = vi.fn();
    monitor.onChange(listener);
    monitor.stop();
    electronMock.online = false;
    vi.advanceTimersByTime(120_000);
    electronMock.powerMonitor.emit('suspend');
    expect(listener).not.toHaveBeenCalled();
    expect(electronMock.powerMonitor.listenerCount('resume')).toBe(0);
  });
});
