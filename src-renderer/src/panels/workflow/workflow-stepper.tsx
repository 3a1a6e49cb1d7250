// Workflow stepper: the project's steps from `workflow:get` (done, current, available, blocked with reasons), and refusals.
import { useAppStore } from '../../stores/use-app-store';
import { WorkflowStep } from './workflow-step';
import './workflow.css';

function Refusal() {
  const refusal = useAppStore((s) => s.workflowRefusal);
  const sendMessage = useAppStore((s) => s.sendMessage);
  const dismiss = useAppStore((s) => s.dismissWorkflowRefusal);
  if (!refusal) return null;
  return (
    <div role="alert" className="workflow-refusal">
      <span>{refusal.reasons.join(' ')}</span>
      {refusal.remedies.map((remedy) => (
        <button key={remedy.command} type="button" onClick={() => void sendMessage(remedy.command)}>
          {remedy.label}
        </button>
      ))}
      <button type="button" className="ghost" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

export function WorkflowStepper() {
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
      <Refusal />
    </nav>
  );
}
