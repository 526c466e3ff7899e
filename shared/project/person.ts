/** "Pat Doe <pat@acme.example>" → { name, email }; undefined when the text is not of that form. */
export function parsePerson(text: string): { name: string; email: string } | undefined {
  const match = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  return match?.[1] && match[2] ? { name: match[1], email: match[2] } : undefined;
}

/** How a person is written in a form or an option. */
export const PERSON_EXAMPLE = '"Name <address>", e.g. "Pat Doe <pat@acme.example>"';
