// Workflow slice: the open project's stepper view from `workflow:get`, kept fresh after every change, and guarded moves.
import type { BlockedInfo, WorkflowStepId, WorkflowView } from '../contract';
import { stepView } from '../lib/stepper';
import { STEP_LABELS } from '../lib/vocab';
import type { SliceCreator } from './types';

export interface WorkflowSlice {
  /** The stepper's view (steps with status and blocked reasons); null until loaded. */
  workflow: WorkflowView | null;
  /** A move is in flight (the stepper shows it busy). */
  workflowMoving: boolean;
  /** Why the last move was refused (shown by the stepper until the next move). */
  workflowRefusal: BlockedInfo | null;
  /**
   * The step whose view the user asked to see, with a counter so asking again scrolls to it again;
   * showing a step never moves the workflow.
   */
  viewedStep: { step: WorkflowStepId; request: number } | null;
  /** Shows a step's view: selects its entity tab and asks the window to bring its panel into sight. */
  showStep(step: string): void;
  /** (Re)loads the view; calls while one is in flight coalesce into one more fetch. */
  loadWorkflow(): Promise<void>;
  /** Moves the workflow to a step (forward when its guards hold, back always). */
  moveWorkflow(step: string): Promise<boolean>;
  /** Any change to the open project (`project:changed`, `workflow:changed`) can change the guards: reload. */
  applyWorkflowChanged(projectId: string): void;
  dismissWorkflowRefusal(): void;
}

/** Step ids come from the view as strings; only the contract's ids may be sent back. */
const isStepId = (step: string): step is WorkflowStepId => Object.hasOwn(STEP_LABELS, step);

export const createWorkflowSlice: SliceCreator<WorkflowSlice> = (set, get, api, scope) => {
  let inFlight: Promise<void> | null = null;
  let again = false;

  const fetchLoop = async () => {
    do {
      again = false;
      const projectId = get().snapshot?.summary.id;
      if (!projectId) return;
      const result = await api.invoke('workflow:get', { projectId });
      if (get().snapshot?.summary.id !== projectId) continue;
      if (result.ok) set({ workflow: result.value });
      else get().reportError(result.error);
    } while (again);
  };

  return {
    ...scope.own({ workflow: null, workflowMoving: false, workflowRefusal: null, viewedStep: null }),
    showStep(step) {
      if (!isStepId(step)) return;
      const { tab } = stepView(step);
      if (tab) get().setEntityTab(tab);
      set((s) => ({ viewedStep: { step, request: (s.viewedStep?.request ?? 0) + 1 } }));
    },
    loadWorkflow() {
      if (inFlight) {
        // A change landed while fetching: fetch once more after this one, so the view ends current.
        again = true;
        return inFlight;
      }
      inFlight = fetchLoop().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    async moveWorkflow(step) {
      const snapshot = get().snapshot;
      if (!snapshot || get().workflowMoving || !isStepId(step)) return false;
      if (snapshot.readOnly) {
        get().reportError({
          code: 'PROJECT_READ_ONLY',
          message: snapshot.readOnlyReason ?? 'This project is open read-only.',
        });
        return false;
      }
      set({ workflowMoving: true, workflowRefusal: null });
      const result = await api.invoke('workflow:move', { projectId: snapshot.summary.id, step });
      set({ workflowMoving: false });
      if (get().snapshot?.summary.id !== snapshot.summary.id) return false;
      if (!result.ok) {
        get().reportError(result.error);
        return false;
      }
      set({ workflow: result.value.view, workflowRefusal: result.value.blocked ?? null });
      return result.value.moved;
    },
    applyWorkflowChanged(projectId) {
      if (get().snapshot?.summary.id === projectId) void get().loadWorkflow();
    },
    dismissWorkflowRefusal() {
      set({ workflowRefusal: null });
    },
  };
};
