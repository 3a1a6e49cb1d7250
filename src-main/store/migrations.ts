// Ordered schema migrations for project.json; a file from a newer Storyloom is refused, never rewritten.
import { CURRENT_SCHEMA_VERSION } from '../../src-preload/contract/project';
import { AppFailure } from '../shared/failure';

/** One step from `from` to `from + 1`. `up` receives plain JSON and returns plain JSON. */
export interface Migration {
  from: number;
  describe: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The migrations of the real schema, in order. Version 1 is the first released schema, so the list is
 * empty today; the runner below is exercised by tests with synthetic migrations.
 */
export const MIGRATIONS: readonly Migration[] = [];

export interface MigrationOutcome {
  data: Record<string, unknown>;
  fromVersion: number;
  applied: string[];
}

/** Brings raw project JSON up to `target`, or explains why it cannot. */
export function migrateProject(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationOutcome {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppFailure(
      'PROJECT_SCHEMA_UNKNOWN',
      'project.json does not hold a project object.',
      undefined,
      {
        field: '(root)',
      },
    );
  }
  let data = raw as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new AppFailure(
      'PROJECT_SCHEMA_UNKNOWN',
      `schemaVersion must be a whole number, found ${JSON.stringify(version)}.`,
      'This file was not written by Storyloom or is damaged; restore a backup.',
      { field: 'schemaVersion' },
    );
  }
  if (version > target) {
    throw new AppFailure(
      'PROJECT_TOO_NEW',
      `This project was saved by a newer Storyloom (schema ${version}; this version reads up to ${target}).`,
      'Update Storyloom to open it. The file was left untouched.',
      { field: 'schemaVersion', found: version, supported: target },
    );
  }
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) {
      throw new AppFailure(
        'PROJECT_MIGRATION_MISSING',
        `No migration from schema ${v} to ${v + 1}.`,
        undefined,
        {
          field: 'schemaVersion',
        },
      );
    }
    data = { ...step.up(data), schemaVersion: v + 1 };
    applied.push(step.describe);
  }
  return { data, fromVersion: version, applied };
}
