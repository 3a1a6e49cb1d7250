// Decodes project.json text into a validated ProjectFile, with errors that name the exact problem.
import { ProjectFileSchema, type ProjectFile } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';
import { describeZodError } from '../shared/zod-issue';
import { migrateProject, type Migration, MIGRATIONS } from './migrations';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a `__proto__`/`constructor`/`prototype` key anywhere in parsed JSON; returns its path. */
export function findForbiddenKey(value: unknown, path = ''): string | null {
  if (!value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenKey(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here);
    if (found) return found;
  }
  return null;
}

export interface DecodedProject {
  file: ProjectFile;
  migratedFrom: number | null;
}

/** Parses and validates project JSON text (migrating older schemas); throws AppFailure on any problem. */
export function decodeProjectText(
  text: string,
  label = 'project.json',
  migrations: readonly Migration[] = MIGRATIONS,
): DecodedProject {
  if (text.trim() === '' || /^\u0000+$/.test(text)) {
    throw new AppFailure(
      'PROJECT_CORRUPT',
      `${label} is empty or blank (a crash or power loss may have damaged it).`,
      undefined,
      {
        file: label,
      },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppFailure(
      'PROJECT_CORRUPT',
      `${label} is not valid JSON: ${(error as Error).message}.`,
      undefined,
      { file: label },
    );
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden) {
    throw new AppFailure(
      'PROJECT_FORBIDDEN_KEY',
      `${label} contains the forbidden key "${forbidden}".`,
      undefined,
      {
        file: label,
        field: forbidden,
      },
    );
  }
  const migrated = migrateProject(raw, migrations);
  const parsed = ProjectFileSchema.safeParse(migrated.data);
  if (!parsed.success) {
    const { message, path } = describeZodError(parsed.error);
    throw new AppFailure(
      'PROJECT_INVALID',
      `${label} does not match the project schema — ${message}.`,
      undefined,
      {
        file: label,
        field: path,
      },
    );
  }
  return { file: parsed.data, migratedFrom: migrated.applied.length ? migrated.fromVersion : null };
}
