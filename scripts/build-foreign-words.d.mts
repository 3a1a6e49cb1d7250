// Types of build-foreign-words.mjs for the test that keeps its output in step.
export const LANGUAGES: string[];
export function foreignWords(): string[];
