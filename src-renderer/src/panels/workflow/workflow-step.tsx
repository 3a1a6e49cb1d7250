// One step of the stepper: a button that shows its view (done, current), moves there (open ahead), or explains a block.
import { useState } from 'react';
import type { WorkflowStepView } from '../../contract';
import { acknowledgesReview, blockedReason, presentStep } from '../../lib/stepper';
import { assertNever } from '../../lib/assert-never';
import { useAppStore } from '../../stores/use-app-store';
import { selectProposeMessage } from '../../stores/chat-selectors';
import {
  selectIsViewedStep,
  selectMoveWorkflow,
  selectShowStep,
  selectWorkflowMoving,
} from '../../stores/workflow-selectors';

interface Props {
  step: WorkflowStepView;
  index: number;
  /** Steps in the right half open their explanation leftwards, so it stays on screen. */
  alignEnd: boolean;
}

export function WorkflowStep({ step, index, alignEnd }: Props) {
  const moveWorkflow = useAppStore(selectMoveWorkflow);
  const showStep = useAppStore(selectShowStep);
  const viewed = useAppStore(selectIsViewedStep(step.id));
  const proposeMessage = useAppStore(selectProposeMessage);
  const moving = useAppStore(selectWorkflowMoving);
  // Hover and focus show the explanation (CSS); a click pins it open for touch and for reading at leisure.
  const [pinned, setPinned] = useState(false);
  const view = presentStep(step, index);
  const reason = blockedReason(step);
  const statusId = `step-status-${step.id}`;
  const reasonId = `step-reason-${step.id}`;
  const remedies = step.blocked?.remedies ?? [];

  const activate = async () => {
    switch (view.action) {
      case 'view':
        showStep(step.id);
        if (acknowledgesReview(step)) await moveWorkflow(step.id);
        return;
      case 'move':
        // The same guarded move as "move on to …" in chat; a refusal shows its reasons and remedies.
        if (await moveWorkflow(step.id)) showStep(step.id);
        return;
      case 'explain':
        setPinned((p) => !p);
        return;
      default:
        return assertNever(view.action, 'step action');
    }
  };

  return (
    <li
      className={`step ${step.status}${step.needsReview ? ' review' : ''}${pinned ? ' pinned' : ''}${viewed ? ' viewed' : ''}${alignEnd ? ' align-end' : ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && pinned) setPinned(false);
      }}
      onBlur={(e) => {
        if (pinned && !e.currentTarget.contains(e.relatedTarget as Node | null)) setPinned(false);
      }}
    >
      <button
        type="button"
        className="step-button"
        aria-current={step.status === 'current' ? 'step' : undefined}
        aria-disabled={view.ariaDisabled || undefined}
        aria-describedby={reason ? `${statusId} ${reasonId}` : statusId}
        aria-expanded={view.action === 'explain' ? pinned : undefined}
        title={reason ? undefined : step.description}
        disabled={moving && view.action === 'move'}
        onClick={() => void activate()}
      >
        <span className="step-mark" aria-hidden="true">
          {view.mark}
        </span>
        <span className="step-label">{step.title}</span>
        {step.needsReview && <span className="badge review">review</span>}
      </button>
      <span id={statusId} className="visually-hidden">
        {view.spoken}
      </span>
      {reason && (
        <div className="step-popover popover" role="group" aria-label={`Why ${step.title} is blocked`}>
          <p id={reasonId} className="step-reason">
            {reason}
          </p>
          {remedies.length > 0 && (
            <div className="toolbar remedies">
              {remedies.map((remedy) => (
                <button
                  key={remedy.command}
                  type="button"
                  className="primary"
                  title={`Put “${remedy.command}” in the message box`}
                  onClick={() => proposeMessage(remedy.command)}
                >
                  {remedy.label}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
