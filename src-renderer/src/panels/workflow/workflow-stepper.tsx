// Workflow stepper: the project's steps from `workflow:get` (done, current, available, blocked with reasons), and refusals.
import { useEffect } from 'react';
import { stepView } from '../../lib/stepper';
import { useAppStore } from '../../stores/use-app-store';
import { selectProposeMessage } from '../../stores/chat-selectors';
import {
  selectDismissWorkflowRefusal,
  selectMoveWorkflow,
  selectViewedStep,
  selectViewedStepId,
  selectWorkflow,
  selectWorkflowMoving,
  selectWorkflowRefusal,
  selectWorkflowStep,
} from '../../stores/workflow-selectors';
import { TABS } from '../entities/entity-tabs';
import { WorkflowStep } from './workflow-step';
import './workflow.css';

function Refusal() {
  const refusal = useAppStore(selectWorkflowRefusal);
  const proposeMessage = useAppStore(selectProposeMessage);
  const dismiss = useAppStore(selectDismissWorkflowRefusal);
  if (!refusal) return null;
  return (
    <div role="alert" className="workflow-refusal">
      <span>{refusal.reasons.join(' ')}</span>
      {refusal.remedies.map((remedy) => (
        <button key={remedy.command} type="button" onClick={() => proposeMessage(remedy.command)}>
          {remedy.label}
        </button>
      ))}
      <button type="button" className="ghost" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

/** Brings the viewed step's panel into sight each time a step is shown (the request counter changes). */
function useScrollToViewedStep() {
  const viewed = useAppStore(selectViewedStep);
  useEffect(() => {
    if (!viewed) return;
    const { panel } = stepView(viewed.step);
    const region = document.querySelector<HTMLElement>(`section[aria-label="${panel}"]`);
    region?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [viewed]);
}

/** Which step's view is shown, and — for a step already done — the explicit way back to it. */
function ViewedStep() {
  const viewed = useAppStore(selectViewedStepId);
  const step = useAppStore(selectWorkflowStep(viewed));
  const moveWorkflow = useAppStore(selectMoveWorkflow);
  const moving = useAppStore(selectWorkflowMoving);
  if (!step || !viewed) return null;
  const where = stepView(viewed);
  const tab = TABS.find((t) => t.tab === where.tab);
  const place = tab ? `the ${tab.label} tab` : `the ${where.panel} panel`;
  return (
    <div role="status" aria-label="Shown step" className="workflow-viewed">
      <span>
        Showing {step.title} ({step.status === 'current' ? 'current step' : step.status}) in {place}.
      </span>
      {step.status === 'done' && (
        <button type="button" disabled={moving} onClick={() => void moveWorkflow(step.id)}>
          Go back to {step.title}
        </button>
      )}
    </div>
  );
}

export function WorkflowStepper() {
  useScrollToViewedStep();
  const workflow = useAppStore(selectWorkflow);
  const moving = useAppStore(selectWorkflowMoving);
  const steps = workflow?.steps ?? [];
  return (
    <nav aria-label="Workflow" className="workflow-strip" aria-busy={moving || workflow === null}>
      {workflow === null ? (
        <p className="muted">Loading the workflow…</p>
      ) : (
        <ol className="steps">
          {steps.map((step, i) => (
            <WorkflowStep key={step.id} step={step} index={i} alignEnd={i >= steps.length / 2} />
          ))}
        </ol>
      )}
      <ViewedStep />
      <Refusal />
    </nav>
  );
}
