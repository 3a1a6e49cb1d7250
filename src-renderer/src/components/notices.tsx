// The alert region: errors from Results (message + remedy) and short confirmations, each dismissible.
import { useAppStore } from '../stores/use-app-store';
import { selectDismissNotice, selectNotices } from '../stores/app-selectors';

export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore(selectDismissNotice);
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <div className="notices">
      <div role="alert" aria-label="Errors" className="notice-stack">
        {errors.map((n) => (
          <div key={n.id} className="notice error" data-code={n.code}>
            <div>
              <strong>{n.message}</strong>
              {n.remedy && <p>{n.remedy}</p>}
            </div>
            <button
              type="button"
              className="ghost"
              aria-label={`Dismiss: ${n.message}`}
              onClick={() => dismiss(n.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
      <div role="status" aria-label="Notifications" className="notice-stack">
        {infos.map((n) => (
          <div key={n.id} className="notice info">
            <span>{n.message}</span>
            <button
              type="button"
              className="ghost"
              aria-label={`Dismiss: ${n.message}`}
              onClick={() => dismiss(n.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
