// Moves the workflow forward step by step, as far as the guards allow, in the same change as a stage's output.
import type { WorkflowStepId } from '../../../src-preload/contract/project';
import { nowIso } from '../../shared/ids';
import type { ChangeBuilder } from '../../store/change-builder';
import { advanceTo, workflowSteps } from '../../workflow';
import type { PipelineDeps } from './pipeline-deps';

/**
 * Adds the workflow move to the stage's change: guards are judged on the project as it will be after the
 * stage's ops (the builder's working copy), so output and step land in one durable write.
 */
export function advanceWorkflowIn(deps: PipelineDeps, builder: ChangeBuilder, target: WorkflowStepId): void {
  const project = builder.work;
  const steps = workflowSteps(project.project.kind, deps.workflowConfig).map((s) => s.id);
  const targetIndex = steps.indexOf(target);
  if (targetIndex < 0) return;
  let workflow = project.project.workflow;
  for (let i = steps.indexOf(workflow.current) + 1; i <= targetIndex; i++) {
    const result = advanceTo(
      { ...project, project: { ...project.project, workflow } },
      steps[i]!,
      `pipeline run ${deps.record.runId}`,
      nowIso(),
      deps.workflowConfig,
    );
    if (!result.ok) break;
    workflow = result.workflow;
  }
  if (workflow !== project.project.workflow) builder.updateProject({ workflow });
}
