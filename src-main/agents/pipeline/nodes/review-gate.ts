// Gate before the storyboard (model brains): the run pauses until the user approves the scene list.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { pipelineDeps } from '../pipeline-deps';
import { PipelinePause } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';

export async function reviewGate(
  state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  const gateOn = deps.brain.id !== 'offline' && deps.session.file.project.settings.reviewGate;
  if (!gateOn || !deps.record.plan.includes('storyboard_artist') || deps.record.stages.review_gate) return {};
  throw new PipelinePause(
    'awaiting_review',
    `Review the ${state.scenes.length} scenes before the storyboard is drawn: edit any scene, then approve.`,
    [{ label: 'Approve the scenes', command: 'approve the scenes' }],
  );
}
