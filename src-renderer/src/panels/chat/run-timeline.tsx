// Run timeline: the latest generate run's stages (status, tokens, cost), Cancel and Resume, and "Regenerate from here".
import { useMemo } from 'react';
import {
  canResume,
  runChoices,
  STATUS_LABELS,
  timelineItems,
  type TimelineItem,
} from '../../lib/run-timeline';
import { describeUsage, describeUsageLong, formatUsd, hasUsage, runUsage } from '../../lib/run-usage';
import { useAppStore } from '../../stores/use-app-store';
import { selectChatSending, selectSendMessage } from '../../stores/chat-selectors';
import {
  selectCancelPipelineRun,
  selectPipelineBusy,
  selectPipelineRun,
  selectResumePipelineRun,
} from '../../stores/pipeline-selectors';
import { useEntities, useWritable } from '../use-project-data';
import { ChatChoices } from './chat-choices';

function StageRow({ item, canRegenerate }: { item: TimelineItem; canRegenerate: boolean }) {
  const sendMessage = useAppStore(selectSendMessage);
  const sending = useAppStore(selectChatSending);
  return (
    <li
      aria-label={item.title}
      aria-current={item.status === 'running' ? 'step' : undefined}
      className={`stage ${item.status}`}
    >
      <span className="stage-dot" aria-hidden="true" />
      <span className="stage-title">{item.title}</span>
      {item.counter && <span className="stage-counter">{item.counter}</span>}
      {hasUsage(item.usage) && (
        <span className="stage-usage" title={`${describeUsageLong(item.usage)} (estimate)`}>
          {describeUsage(item.usage)}
        </span>
      )}
      <span className="stage-status">{item.status}</span>
      {canRegenerate && item.status === 'done' && (
        <button
          type="button"
          className="stage-regenerate"
          title={`Send “${item.command}”: later levels are marked stale, not overwritten`}
          disabled={sending}
          onClick={() => void sendMessage(item.command)}
        >
          Regenerate from here
        </button>
      )}
    </li>
  );
}

export function RunTimeline() {
  const run = useAppStore(selectPipelineRun);
  const entities = useEntities();
  const sceneCount = entities.scenes.length;
  const busy = useAppStore(selectPipelineBusy);
  const sending = useAppStore(selectChatSending);
  const cancel = useAppStore(selectCancelPipelineRun);
  const resume = useAppStore(selectResumePipelineRun);
  const writable = useWritable();
  const items = useMemo(() => (run ? timelineItems(run, sceneCount) : []), [run, sceneCount]);
  const choices = useMemo(() => (run ? runChoices(run, entities) : []), [run, entities]);
  if (!run) return null;
  const running = run.status === 'running';
  const done = items.filter((i) => i.status === 'done').length;
  const total = runUsage(run.usage, run.costUsd);

  return (
    <section aria-label="Run timeline" className="run-timeline">
      <div className="timeline-head">
        <h3>Run timeline</h3>
        <p role="status" aria-label="Run status" className={`run-state ${run.status}`}>
          {STATUS_LABELS[run.status]} · {done}/{items.length} stages
        </p>
        {hasUsage(total) && (
          <p
            role="note"
            aria-label="Run usage"
            className="run-usage"
            title={`${describeUsageLong(total)} (estimate)`}
          >
            {describeUsage(total)}
          </p>
        )}
        {running && (
          <button
            type="button"
            onClick={() => void cancel()}
            disabled={busy}
            title="Stop the run; finished stages are kept"
          >
            Cancel run
          </button>
        )}
        {canResume(run.status) && (
          <button
            type="button"
            className="primary"
            onClick={() => void resume()}
            disabled={busy || sending || !writable}
            title="Continue from the last finished stage"
          >
            Resume run
          </button>
        )}
      </div>
      {run.estimateUsd !== undefined && (
        <p role="note" aria-label="Run estimate" className="run-usage">
          Estimated before the run: up to {formatUsd(run.estimateUsd)}
        </p>
      )}
      {!running && run.reason && <p className="run-reason">{run.reason}</p>}
      {run.notices.length > 0 && (
        <ul className="run-notices" aria-label="Run notices">
          {run.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {/* The run's choices ("Approve the scenes") sit above the stage list, which scrolls: never under it. */}
      {!running && <ChatChoices choices={choices} label="Run choices" acts />}
      {running && run.writing && (
        <p
          className="run-writing"
          aria-label="Model writing"
          title="What the model is writing for this stage"
        >
          {run.writing}
        </p>
      )}
      <ol className="stage-list" aria-label="Stages">
        {items.map((item) => (
          <StageRow key={item.stage} item={item} canRegenerate={!running && writable} />
        ))}
      </ol>
    </section>
  );
}
