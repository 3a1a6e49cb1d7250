// The "this project cannot be opened" offer: which open failures a backup can fix, and how backups are described.
import type { AppError, BackupInfo, ProjectSummary } from '../contract';

/** Load failures of project.json that restoring a good backup repairs (main's store codes). */
export const RESTORABLE_CODES = [
  'PROJECT_CORRUPT',
  'PROJECT_INVALID',
  'PROJECT_FORBIDDEN_KEY',
  'PROJECT_SCHEMA_UNKNOWN',
  'PROJECT_MIGRATION_MISSING',
] as const;

/** What the restore dialog shows about a project that failed to load. */
export interface RestoreOffer {
  projectId: string;
  /** The project's name when the list knows it (from its newest good backup). */
  name: string | null;
  code: string;
  message: string;
  remedy?: string;
  /** The newest good backup main found, or null when none decodes. */
  backup: string | null;
}

/** Whether a failed open should offer a backup instead of only an error notice. */
export function isRestorable(error: AppError): boolean {
  return (RESTORABLE_CODES as readonly string[]).includes(error.code);
}

/** Builds the offer from a failed `project:open` (details.backup names the newest good backup, or null). */
export function offerFromError(projectId: string, error: AppError, name: string | null = null): RestoreOffer {
  const backup = error.details?.['backup'];
  return {
    projectId,
    name,
    code: error.code,
    message: error.message,
    ...(error.remedy ? { remedy: error.remedy } : {}),
    backup: typeof backup === 'string' && backup !== '' ? backup : null,
  };
}

/** Builds the offer from a list entry main flagged as damaged (no need to fail an open first). */
export function offerFromSummary(summary: ProjectSummary): RestoreOffer | null {
  if (!summary.damaged) return null;
  return {
    projectId: summary.id,
    name: summary.name,
    code: summary.damaged.code,
    message: summary.damaged.message,
    backup: summary.damaged.backup || null,
  };
}

/**
 * When a backup was taken, read from its name (`project-2025-01-02T03-04-05-678Z[-tag].json`, written by main);
 * null when the name does not follow that pattern.
 */
export function backupTakenAt(file: string): string | null {
  const match = /^project-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(file);
  if (!match) return null;
  const [, day, hh, mm, ss, ms] = match;
  const iso = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The tag a special backup carries (e.g. "pre-migration-v1"), or null for a routine one. */
export function backupTag(file: string): string | null {
  const match = /^project-[\dT-]+Z-(.+)\.json$/.exec(file);
  return match ? match[1]! : null;
}

/** The time to show for a backup: from its name, else the listing's file time. */
export function backupTime(file: string, info?: BackupInfo): string | null {
  return backupTakenAt(file) ?? info?.at ?? null;
}

/** "12.3 KB" for a backup's size. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
