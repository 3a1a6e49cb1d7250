// Workflow slice: the open project's step list (current, done, needs review) derived from its workflow state.
import type { WorkflowStepId } from '../contract';
import { DEFAULT_STEPS, STEP_LABELS } from '../lib/vocab';
import type { SliceCreator, StoreState } from './types';

export type StepStatus = 'done' | 'current' | 'review' | 'upcoming';

export interface StepView {
  id: WorkflowStepId;
  status: StepStatus;
}

export interface WorkflowSlice {
  /** Applies a `workflow:changed` event to the open project (the full change arrives as `project:changed`). */
  applyWorkflowChanged(projectId: string, current: string): void;
}

/** The steps to show for the open project: the kind's default order plus any step the file mentions. */
export function selectSteps(state: Pick<StoreState, 'snapshot'>): StepView[] {
  const project = state.snapshot?.file.project;
  if (!project) return [];
  const { current, completed, needsReview } = project.workflow;
  const ids = [...DEFAULT_STEPS[project.kind]];
  for (const id of [...completed, current]) if (!ids.includes(id)) ids.push(id);
  return ids.map((id) => ({
    id,
    status: id === current ? 'current' : needsReview.includes(id) ? 'review' : completed.includes(id) ? 'done' : 'upcoming',
  }));
}

export const createWorkflowSlice: SliceCreator<WorkflowSlice> = (set, get) => ({
  applyWorkflowChanged(projectId, current) {
    const snapshot = get().snapshot;
    if (!snapshot || snapshot.summary.id !== projectId) return;
    const project = snapshot.file.project;
    // The event only names the new step; trust it only when it is a step id of the contract.
    if (!Object.hasOwn(STEP_LABELS, current)) return;
    const workflow = { ...project.workflow, current: current as WorkflowStepId };
    set({ snapshot: { ...snapshot, file: { ...snapshot.file, project: { ...project, workflow } } } });
  },
});
