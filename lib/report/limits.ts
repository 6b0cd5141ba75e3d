/** How many actions every output lists first: the summary, the results page's first screen, the CLI. */
export const TOP_ACTIONS = 3;

/** How many of the catalogue's cases every output compares the project with. */
export const SHOWN_CASES = 3;
