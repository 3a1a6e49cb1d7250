// Workflow stepper strip: the project's steps in order, marking done, current and needs-review steps.
import { useMemo } from 'react';
import { STEP_LABELS } from '../../lib/vocab';
import { useAppStore } from '../../stores/use-app-store';
import { selectSteps, type StepStatus } from '../../stores/workflow-slice';

const MARK: Record<StepStatus, string> = { done: '✓', current: '●', review: '!', upcoming: '' };
const SPOKEN: Record<StepStatus, string> = { done: 'done', current: 'current step', review: 'needs review', upcoming: 'not started' };

export function WorkflowStrip() {
  const snapshot = useAppStore((s) => s.snapshot);
  const steps = useMemo(() => selectSteps({ snapshot }), [snapshot]);
  return (
    <section aria-label="Workflow" className="workflow-strip">
      <ol className="steps">
        {steps.map((step, i) => (
          <li key={step.id} className={`step ${step.status}`} aria-current={step.status === 'current' ? 'step' : undefined} title={SPOKEN[step.status]}>
            <span className="step-mark" aria-hidden="true">
              {MARK[step.status] || i + 1}
            </span>
            <span className="step-label">{STEP_LABELS[step.id]}</span>
            <span className="visually-hidden">, {SPOKEN[step.status]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
