// Selectors of the workflow slice (workflow-slice.ts) for components: `useAppStore(selectX)`, never inline.
import type { WorkflowStepId } from '../contract';
import type { StoreState } from './types';

/** Whether this step's view is the one shown. */
export const selectIsViewedStep = (id: string) => (s: StoreState) => s.viewedStep?.step === id;

/** The workflow step whose view was asked for last. */
export const selectViewedStepId = (s: StoreState) => s.viewedStep?.step;

/** One step of the stepper (undefined when the workflow is not loaded or no id is given). */
export const selectWorkflowStep = (id: WorkflowStepId | undefined) => (s: StoreState) =>
  s.workflow?.steps.find((x) => x.id === id);

// Fields and actions read as they are (an action is a stable reference).
export const selectDismissWorkflowRefusal = (s: StoreState) => s.dismissWorkflowRefusal;
export const selectMoveWorkflow = (s: StoreState) => s.moveWorkflow;
export const selectShowStep = (s: StoreState) => s.showStep;
export const selectViewedStep = (s: StoreState) => s.viewedStep;
export const selectWorkflow = (s: StoreState) => s.workflow;
export const selectWorkflowMoving = (s: StoreState) => s.workflowMoving;
export const selectWorkflowRefusal = (s: StoreState) => s.workflowRefusal;
