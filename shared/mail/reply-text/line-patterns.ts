/**
 * A list of patterns tried on every line, as few expressions: one alternation per set of flags. A line is then tested once or
 * twice, where `.some((pattern) => pattern.test(line))` ran every pattern of the list (tens a line, each call a cost of its
 * own). Only for whether any of them matches: none is global, and none holds a back-reference (an alternation numbers its
 * groups anew), which is checked here.
 */
export function joined(patterns: readonly RegExp[]): readonly RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky || /\\[1-9]|\\k</.test(pattern.source)) throw new Error(`${pattern} cannot be joined`);
    byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

/** Whether any of the patterns {@link joined} made matches the text. */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
