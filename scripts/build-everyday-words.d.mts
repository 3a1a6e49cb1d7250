// Types of build-everyday-words.mjs for the test that keeps its output in step.
export function firstNames(): Set<string>;
export function everydayWords(): string[];
export function wordsThatAreNames(): string[];
export function rarerWords(): string[];
export function writeLanguageResource(file: string, table: object): string;
export function englishWordsAndFirstNames(): Set<string>;
export function accentless(name: string): string;
export function readLanguageResource(file: string): Record<string, string>;
