/**
 * Where the record keeps when a step began waiting and how many reminders it has had: under
 * `waiting:<step>`, with `#<cycle>` for a step that runs again every cycle. The engine writes it
 * (the await task); a process resets it when its step starts over (a revised plan).
 */
export function waitingKey(step: string, perCycle: boolean, cycle: number): string {
  return perCycle ? `waiting:${step}#${cycle}` : `waiting:${step}`;
}
