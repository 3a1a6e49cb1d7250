// Workflow stepper: the project's steps from `workflow:get` (done, current, available, blocked with reasons), and refusals.
import { useEffect } from 'react';
import { stepView } from '../../lib/stepper';
import { useAppStore } from '../../stores/use-app-store';
import { TABS } from '../entities/entity-tabs';
import { WorkflowStep } from './workflow-step';
import './workflow.css';

function Refusal() {
  const refusal = useAppStore((s) => s.workflowRefusal);
  const proposeMessage = useAppStore((s) => s.proposeMessage);
  const dismiss = useAppStore((s) => s.dismissWorkflowRefusal);
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
  const viewed = useAppStore((s) => s.viewedStep);
  useEffect(() => {
    if (!viewed) return;
    const { panel } = stepView(viewed.step);
    const region = document.querySelector<HTMLElement>(`section[aria-label="${panel}"]`);
    region?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [viewed]);
}

/** Which step's view is shown, and — for a step already done — the explicit way back to it. */
function ViewedStep() {
  const viewed = useAppStore((s) => s.viewedStep?.step);
  const step = useAppStore((s) => s.workflow?.steps.find((x) => x.id === viewed));
  const moveWorkflow = useAppStore((s) => s.moveWorkflow);
  const moving = useAppStore((s) => s.workflowMoving);
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
  const workflow = useAppStore((s) => s.workflow);
  const moving = useAppStore((s) => s.workflowMoving);
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
