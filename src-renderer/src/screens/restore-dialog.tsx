// "This project cannot be opened": main's reason, the newest good backup, and restoring it (or another one).
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../lib/format';
import { backupTime } from '../lib/restore-offer';
import { useAppStore } from '../stores/use-app-store';
import {
  selectDismissRestore,
  selectRestoreBackup,
  selectRestoreBackups,
  selectRestoreError,
  selectRestoreOffer,
  selectRestoring,
} from '../stores/restore-selectors';
import { BackupList } from './backup-list';
import './restore-dialog.css';

export function RestoreDialog() {
  const offer = useAppStore(selectRestoreOffer);
  const backups = useAppStore(selectRestoreBackups);
  const restoring = useAppStore(selectRestoring);
  const error = useAppStore(selectRestoreError);
  const restore = useAppStore(selectRestoreBackup);
  const dismiss = useAppStore(selectDismissRestore);
  const [choosing, setChoosing] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  // A native modal: focus is trapped and the screen behind is inert until the user restores or closes.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  if (!offer) return null;
  const newest = offer.backup;
  const newestInfo = newest ? backups?.find((b) => b.file === newest) : undefined;
  const newestAt = newest ? backupTime(newest, newestInfo) : null;
  const busy = restoring !== null;

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="restore-dialog card"
      aria-labelledby="restore-title"
      aria-describedby="restore-reason"
      aria-busy={busy}
      onCancel={(e) => {
        e.preventDefault();
        dismiss();
      }}
    >
      <div className="card-head">
        <h2 id="restore-title">This project cannot be opened</h2>
      </div>
      <div id="restore-reason" className="restore-reason">
        {offer.name && <p className="restore-name">{offer.name}</p>}
        <p>
          {offer.message} <span className="muted">({offer.code})</span>
        </p>
        <p className="muted">
          The damaged project.json is kept aside when you restore; nothing is overwritten.
        </p>
      </div>

      {newest ? (
        <section className="restore-newest" aria-label="Newest good backup">
          <p>
            Newest good backup: <strong>{newest}</strong>
            {newestAt && <> — taken {formatDate(newestAt)}</>}
          </p>
          <button type="button" className="primary" autoFocus disabled={busy} onClick={() => void restore()}>
            {restoring === '' ? 'Restoring…' : 'Restore newest backup'}
          </button>
        </section>
      ) : (
        <p className="restore-none" role="note">
          No good backup was found. {offer.remedy ?? 'The damaged file was left untouched for recovery.'}
        </p>
      )}

      {error && (
        <div role="alert" className="restore-error">
          <strong>{error.message}</strong>
          {error.remedy && <p>{error.remedy}</p>}
        </div>
      )}

      <div className="restore-choose">
        <button type="button" aria-expanded={choosing} onClick={() => setChoosing((v) => !v)}>
          Choose another backup
        </button>
        {choosing && (
          <BackupList
            backups={backups}
            newest={newest}
            restoring={restoring}
            onRestore={(file) => void restore(file)}
          />
        )}
      </div>

      <div className="toolbar restore-actions">
        <button type="button" onClick={dismiss} disabled={busy}>
          Close
        </button>
      </div>
    </dialog>
  );
}
