// Types of build-world-places.mjs for the test that keeps its output in step.
export const MIN_POPULATION: number;
export function worldPlaces(): string[];
export function plainName(name: string): string | undefined;
