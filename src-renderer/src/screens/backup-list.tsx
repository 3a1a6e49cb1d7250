// "Choose another backup": every backup of a damaged project, newest first, each with its own Restore button.
import type { BackupInfo } from '../contract';
import { formatDate } from '../lib/format';
import { backupTag, backupTime, formatBytes } from '../lib/restore-offer';

interface BackupListProps {
  backups: BackupInfo[] | null;
  /** The newest good backup (marked in the list). */
  newest: string | null;
  /** The backup being restored, if any (every button waits meanwhile). */
  restoring: string | null;
  onRestore(file: string): void;
}

export function BackupList({ backups, newest, restoring, onRestore }: BackupListProps) {
  if (backups === null) return <p className="muted">Loading backups…</p>;
  if (backups.length === 0) return <p className="muted">This project has no backups.</p>;
  return (
    <ul className="backup-list" aria-label="Backups">
      {backups.map((backup) => {
        const at = backupTime(backup.file, backup);
        const when = at ? formatDate(at) : backup.file;
        const tag = backupTag(backup.file);
        return (
          <li key={backup.file} aria-label={backup.file} className="backup-row">
            <div className="backup-info">
              <span className="backup-when">{when}</span>
              <span className="muted backup-meta">
                {backup.file} · {formatBytes(backup.bytes)}
                {tag ? ` · ${tag}` : ''}
                {backup.file === newest ? ' · newest good' : ''}
              </span>
            </div>
            <button
              type="button"
              onClick={() => onRestore(backup.file)}
              disabled={restoring !== null}
              aria-label={`Restore ${backup.file}`}
              title={`Restore the backup taken ${when}`}
            >
              {restoring === backup.file ? 'Restoring…' : 'Restore'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
