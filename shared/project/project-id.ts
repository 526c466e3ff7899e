/**
 * The shape of a project id ("INT-1042"), one source for every pattern that finds or checks one: the schema, the reply key, the
 * subject tag, and a reply that names another project. A bare source string, so that each pattern adds its own anchors and flags.
 */
export const PROJECT_ID_SHAPE = String.raw`INT-\d{4,}`;
