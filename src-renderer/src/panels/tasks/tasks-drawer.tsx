// The tasks drawer: a toggle and the live progress of background tasks (`queue:progress`) and agent runs.
import { useAppStore } from '../../stores/use-app-store';
import { selectOpenProjectId } from '../../stores/project-selectors';
import {
  selectCancelTask,
  selectClearFinishedTasks,
  selectRetryTask,
  selectTaskFailures,
  selectTasks,
} from '../../stores/queue-selectors';
import { selectRuns } from '../../stores/runs-selectors';
import { selectTasksOpen, selectToggleTasks } from '../../stores/ui-selectors';

export function TasksDrawer() {
  const open = useAppStore(selectTasksOpen);
  const toggle = useAppStore(selectToggleTasks);
  const projectId = useAppStore(selectOpenProjectId);
  const allTasks = useAppStore(selectTasks);
  const tasks = allTasks.filter((t) => t.projectId === projectId);
  const runs = useAppStore(selectRuns);
  const clearFinished = useAppStore(selectClearFinishedTasks);
  const cancelTask = useAppStore(selectCancelTask);
  const retryTask = useAppStore(selectRetryTask);
  const failures = useAppStore(selectTaskFailures);
  const active = tasks.filter((t) => t.status === 'queued' || t.status === 'running').length;
  const runList = Object.values(runs);

  return (
    <section aria-label="Tasks" className={`tasks-drawer ${open ? 'open' : ''}`}>
      <button
        type="button"
        className="tasks-toggle"
        aria-expanded={open}
        aria-controls="tasks-body"
        onClick={() => toggle()}
      >
        Tasks
        {active > 0 && (
          <span className="count" aria-hidden="true">
            {active}
          </span>
        )}
      </button>
      {open && (
        <div id="tasks-body" className="tasks-body">
          <p className="muted" role="status">
            {active > 0 ? `${active} running or queued` : 'Nothing running.'}
          </p>
          {tasks.length > 0 && (
            <ul aria-label="Queue" className="task-list">
              {tasks.map((t) => (
                <li key={t.taskId} className={`task ${t.status}`}>
                  <div className="task-line">
                    <span>{t.label}</span>
                    <span className="muted">{t.status}</span>
                  </div>
                  <progress max={Math.max(1, t.total)} value={t.done} aria-label={`${t.label} progress`} />
                  <span className="muted">
                    {t.done} / {t.total}
                  </span>
                  {(t.status === 'queued' || t.status === 'running') && (
                    <button
                      type="button"
                      onClick={() => void cancelTask(t.taskId)}
                      aria-label={`Cancel ${t.label}`}
                    >
                      Cancel
                    </button>
                  )}
                  {(t.status === 'failed' || t.status === 'cancelled') && (
                    <button
                      type="button"
                      onClick={() => void retryTask(t.taskId)}
                      aria-label={`Retry ${t.label}`}
                    >
                      Retry
                    </button>
                  )}
                  {failures[t.taskId]?.length ? (
                    <ul aria-label={`Failed items of ${t.label}`} className="task-failures">
                      {failures[t.taskId]!.map((f) => (
                        <li key={f.label}>
                          {f.label}: {f.error}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {runList.length > 0 && (
            <ul aria-label="Agent runs" className="task-list">
              {runList.map((r) => (
                <li key={r.runId} className={`task ${r.status}`}>
                  <div className="task-line">
                    <span>
                      Run {r.runId.slice(-6)}
                      {r.stage ? ` · ${r.stage}` : ''}
                    </span>
                    <span className="muted">{r.status}</span>
                  </div>
                  {r.progress && (
                    <progress
                      max={Math.max(1, r.progress.total)}
                      value={r.progress.done}
                      aria-label={`Run ${r.runId.slice(-6)} progress`}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {tasks.some((t) => t.status !== 'queued' && t.status !== 'running') && (
            <button type="button" onClick={clearFinished}>
              Clear finished
            </button>
          )}
        </div>
      )}
    </section>
  );
}
