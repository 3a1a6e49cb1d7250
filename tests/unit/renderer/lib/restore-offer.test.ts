// Unit tests of the restore offer: which failures offer a backup, reading main's error and list flag, naming backups.
import { describe, expect, it } from 'vitest';
import {
  backupTag,
  backupTakenAt,
  backupTime,
  formatBytes,
  isRestorable,
  offerFromError,
  offerFromSummary,
} from '../../../../src-renderer/src/lib/restore-offer';
import { snapshot } from '../fixtures';

const FILE = 'project-2025-03-04T05-06-07-089Z.json';

describe('restore offer', () => {
  it('offers a backup for load failures of project.json only', () => {
    for (const code of [
      'PROJECT_CORRUPT',
      'PROJECT_INVALID',
      'PROJECT_FORBIDDEN_KEY',
      'PROJECT_SCHEMA_UNKNOWN',
      'PROJECT_MIGRATION_MISSING',
    ])
      expect(isRestorable({ code, message: 'x' })).toBe(true);
    expect(isRestorable({ code: 'PROJECT_NOT_FOUND', message: 'x' })).toBe(false);
    expect(isRestorable({ code: 'TRANSPORT_CLOSED', message: 'x' })).toBe(false);
  });

  it('reads the newest good backup from the error details, and null when main found none', () => {
    const error = {
      code: 'PROJECT_CORRUPT',
      message: 'project.json is not valid JSON.',
      remedy: 'Restore it.',
      details: { backup: FILE, dir: '/p' },
    };
    expect(offerFromError('P1', error, 'Film')).toEqual({
      projectId: 'P1',
      name: 'Film',
      code: 'PROJECT_CORRUPT',
      message: 'project.json is not valid JSON.',
      remedy: 'Restore it.',
      backup: FILE,
    });
    expect(offerFromError('P1', { ...error, details: { backup: null } }).backup).toBeNull();
    expect(offerFromError('P1', { code: 'PROJECT_INVALID', message: 'm' })).toEqual({
      projectId: 'P1',
      name: null,
      code: 'PROJECT_INVALID',
      message: 'm',
      backup: null,
    });
  });

  it('turns a list entry flagged damaged into an offer, and ignores healthy entries', () => {
    const summary = snapshot().summary;
    expect(offerFromSummary(summary)).toBeNull();
    const damaged = { ...summary, damaged: { code: 'PROJECT_CORRUPT', message: 'broken', backup: FILE } };
    expect(offerFromSummary(damaged)).toEqual({
      projectId: summary.id,
      name: 'Film',
      code: 'PROJECT_CORRUPT',
      message: 'broken',
      backup: FILE,
    });
  });

  it('reads when a backup was taken from its name, with the listing time as fallback', () => {
    expect(backupTakenAt(FILE)).toBe('2025-03-04T05:06:07.089Z');
    expect(backupTakenAt('project-2025-03-04T05-06-07-089Z-pre-migration-v1.json')).toBe(
      '2025-03-04T05:06:07.089Z',
    );
    expect(backupTakenAt('notes.json')).toBeNull();
    expect(backupTime('odd.json', { file: 'odd.json', at: '2025-01-01T00:00:00.000Z', bytes: 1 })).toBe(
      '2025-01-01T00:00:00.000Z',
    );
    expect(backupTime('odd.json')).toBeNull();
  });

  it('names the tag of special backups and sizes in readable units', () => {
    expect(backupTag('project-2025-03-04T05-06-07-089Z-pre-migration-v1.json')).toBe('pre-migration-v1');
    expect(backupTag(FILE)).toBeNull();
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
