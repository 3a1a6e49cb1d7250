// While a turn runs: "Working…" with the agent's current stage and progress, and a Cancel button (`agent:cancel`).
import { useAppStore } from '../../stores/use-app-store';
import { selectActiveRunId, selectCancelRun, selectChatSending } from '../../stores/chat-selectors';
import { selectActiveRun } from '../../stores/runs-selectors';

/** Stage ids from the agents, in words (unknown stages are shown as they come, with dashes as spaces). */
const STAGE_WORDS: Record<string, string> = {
  understand: 'understanding the request',
  create: 'creating',
  modify: 'updating',
  query: 'looking it up',
  generate: 'generating',
  advance: 'moving the workflow',
};

export function RunStatus() {
  const sending = useAppStore(selectChatSending);
  const runId = useAppStore(selectActiveRunId);
  const run = useAppStore(selectActiveRun);
  const cancelRun = useAppStore(selectCancelRun);
  if (!sending) return null;
  const stage = run?.stage ? (STAGE_WORDS[run.stage] ?? run.stage.replace(/[_-]+/g, ' ')) : undefined;
  const progress = run?.progress ? ` (${run.progress.done}/${run.progress.total})` : '';
  return (
    <div className="run-status" role="status" aria-label="Agent status">
      <span className="spinner" aria-hidden="true" />
      <span>Working…{stage ? ` ${stage}${progress}` : ''}</span>
      <button
        type="button"
        onClick={() => void cancelRun()}
        disabled={!runId}
        title={runId ? 'Stop this run; nothing it has not saved yet is kept' : 'Starting…'}
      >
        Cancel
      </button>
    </div>
  );
}
