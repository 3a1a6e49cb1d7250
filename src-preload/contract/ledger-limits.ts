// Limits of a relationship's ledger, shared by the loader's schema and the domain (zod-free, so light paths can read them).

/** The most entries a relationship's ledger holds (older ones are folded into one by the ledger). */
export const RELATIONSHIP_HISTORY_MAX = 5_000;
