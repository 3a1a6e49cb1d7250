// Types of build-peoples.mjs for the tests that keep the table in step with it.
export function peoples(): string[];
export function lexiconDemonyms(): string[];
