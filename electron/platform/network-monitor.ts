/**
 * The NetworkMonitor port on Electron: `net.isOnline()` polled gently (the OS has no push event
 * Electron exposes in the main process), plus sleep and wake from powerMonitor so sync pauses
 * while the machine sleeps and checks again the moment it wakes.
 */
import { net, powerMonitor } from 'electron';
import { ManualNetworkMonitor, type NetworkMonitor } from '../ports';

/** A network monitor that can be stopped when the app quits. */
export interface StoppableNetworkMonitor extends NetworkMonitor {
  stop(): void;
}

/** Starts watching connectivity (after `ready`). */
export function createNetworkMonitor(pollSeconds = 30): StoppableNetworkMonitor {
  const state = new ManualNetworkMonitor(net.isOnline());
  let asleep = false;
  const check = () => {
    if (!asleep) state.set(net.isOnline());
  };
  const onSuspend = () => {
    asleep = true;
    state.set(false);
  };
  const onResume = () => {
    asleep = false;
    check();
  };
  const timer = setInterval(check, pollSeconds * 1000);
  timer.unref();
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('resume', onResume);
  return {
    isOnline: () => state.isOnline(),
    onChange: (listener) => state.onChange(listener),
    stop: () => {
      clearInterval(timer);
      powerMonitor.off('suspend', onSuspend);
      powerMonitor.off('resume', onResume);
    },
  };
}
