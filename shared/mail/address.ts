/** A mail address written in text: the one pattern contacts are read by (extract.ts) and clauses are looked at for. Global, for `matchAll`. */
export const ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Whether a text holds a mail address. (`search` starts at the beginning whatever the expression's `lastIndex`.) */
export function holdsAddress(text: string): boolean {
  return text.search(ADDRESS) >= 0;
}
