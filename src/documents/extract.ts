/** Extraction lives in src/extraction; this name stays for the callers that read it from here. */
export { extractStatements } from '../extraction/extract';
export type { Candidate, KnownSource } from '../extraction/extract';
