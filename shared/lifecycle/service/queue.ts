import { addDays } from '../../timeline/dates';
import type { QueuedProject } from '../../timeline/feasibility';
import type { LifecyclePorts } from '../ports';

/** How far around a requested launch the queue is read: a window is 3 weeks, a search 2 years. */
const QUEUE_LOOKBACK_DAYS = 60;
const QUEUE_LOOKAHEAD_DAYS = 730;

/** The other projects with a timeline near a requested launch: the queue a launch date is checked against. */
export async function queuedNear(ports: LifecyclePorts, launch: string, except: string): Promise<QueuedProject[]> {
  const projects = await ports.store.listByLaunch(addDays(launch, -QUEUE_LOOKBACK_DAYS), addDays(launch, QUEUE_LOOKAHEAD_DAYS));
  return projects.filter((p) => p.id !== except && p.timeline.current).map((p) => ({ projectId: p.id, timeline: p.timeline.current ?? {} }));
}
