import FakeTimers from '@sinonjs/fake-timers';
import type { Clock } from '../shared/lifecycle/ports';

/** The runtime's clock: real, or simulated so that a months-long lifecycle runs in seconds. */
export interface RuntimeClock extends Clock {
  readonly simulated: boolean;
  /** Simulated only: jump to the next timer and fire it. False when no timer is pending. */
  next(): boolean;
  /** Real-time pause, whatever the clock: for polling the runtime's own work. */
  pause(ms: number): Promise<void>;
  uninstall(): void;
}

const realSetTimeout = globalThis.setTimeout;

export function realClock(): RuntimeClock {
  return {
    simulated: false,
    now: () => new Date().toISOString(),
    next: () => false,
    pause: (ms) => new Promise((resolve) => realSetTimeout(resolve, ms)),
    uninstall: () => undefined,
  };
}

/**
 * A simulated clock: `Date` and the timer functions of this process are faked, so Step Functions'
 * Wait states and task timeouts (aws-local-stepfunctions uses both) follow it without changing the
 * graph. Time flows at real speed and jumps to the next timer when the runtime is idle.
 */
export function simulatedClock(start: string): RuntimeClock {
  const clock = FakeTimers.install({
    now: Date.parse(start),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
    advanceTimeDelta: 5,
    // Timers made before the clock was installed (SDK sockets) are cleared by their owners later.
    shouldClearNativeTimers: true,
  });
  return {
    simulated: true,
    now: () => new Date(clock.now).toISOString(),
    next: () => {
      if (clock.countTimers() === 0) return false;
      clock.next();
      return true;
    },
    pause: (ms) => new Promise((resolve) => realSetTimeout(resolve, ms)),
    uninstall: () => clock.uninstall(),
  };
}
