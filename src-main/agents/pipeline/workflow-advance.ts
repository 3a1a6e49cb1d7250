// Moves the workflow forward step by step, as far as the guards allow, up to the step a stage just produced.
import type { WorkflowStepId } from '../../../src-preload/contract/project';
import { nowIso } from '../../shared/ids';
import { advanceTo, workflowSteps } from '../../workflow';
import type { PipelineDeps } from './pipeline-deps';

export async function advanceWorkflowUpTo(deps: PipelineDeps, target: WorkflowStepId): Promise<void> {
  let project = deps.session.file;
  const steps = workflowSteps(project.project.kind, deps.workflowConfig).map((s) => s.id);
  const targetIndex = steps.indexOf(target);
  if (targetIndex < 0) return;
  let workflow = project.project.workflow;
  for (let i = steps.indexOf(workflow.current) + 1; i <= targetIndex; i++) {
    const result = advanceTo({ ...project, project: { ...project.project, workflow } }, steps[i]!, `pipeline run ${deps.record.runId}`, nowIso(), deps.workflowConfig);
    if (!result.ok) break;
    workflow = result.workflow;
  }
  if (workflow !== project.project.workflow) {
    await deps.session.updateMeta({ workflow }, `Workflow: ${workflow.current} (pipeline)`);
    project = deps.session.file;
  }
}
