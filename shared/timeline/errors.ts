/** Base of every error the timeline engine raises; `name` is the contract callers match on. */
export class TimelineError extends Error {
  override name = 'TimelineError';
}

/** The holiday calendar named for a project does not exist in the holiday library. */
export class UnknownHolidayCalendarError extends TimelineError {
  override name = 'UnknownHolidayCalendarError';
}

/** A change would leave milestones out of order (a later milestone on or before an earlier one). */
export class TimelineOrderError extends TimelineError {
  override name = 'TimelineOrderError';
}

/** No launch date within the search horizon satisfies the lead time and the queue capacity. */
export class NoFeasibleLaunchError extends TimelineError {
  override name = 'NoFeasibleLaunchError';
}

/** The process has no timeline computed backwards from a launch date (its schedule is set by staff). */
export class NoLaunchTimelineError extends TimelineError {
  override name = 'NoLaunchTimelineError';
}

/** A milestone id that the process does not define. */
export class UnknownMilestoneError extends TimelineError {
  override name = 'UnknownMilestoneError';
}
