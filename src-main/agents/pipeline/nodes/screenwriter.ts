// Stage `screenwriter`: title, logline, synopsis and a beat sheet sized to the duration and kind.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { generateStory } from '../../../brains/offline/generate';
import type { StoryDraft } from '../../../brains/offline/generate/types';
import { ChangeBuilder } from '../../../store/change-builder';
import { storyDraftOf } from '../drafts-from-project';
import { reuseReplacedIds, splitForRegeneration } from '../regeneration';
import { idOf, pipelineDeps } from '../pipeline-deps';
import { briefOf } from '../run-brief';
import { authorStory } from '../authoring/author-story';
import { runStage } from '../stage';
import type { PipelineStateUpdate, PipelineStateValue } from '../state';
import { advanceWorkflowIn } from '../workflow-advance';

export async function screenwriter(
  _state: PipelineStateValue,
  config?: LangGraphRunnableConfig,
): Promise<PipelineStateUpdate> {
  const deps = pipelineDeps(config);
  if (!deps.record.plan.includes('screenwriter'))
    return { story: storyDraftOf(deps.session.file) ?? generateStory(deps.record.params, briefOf(deps)) };
  const story = await runStage<StoryDraft>(
    deps,
    'screenwriter',
    () => authorStory(deps, () => generateStory(deps.record.params, briefOf(deps))),
    async (draft) => {
      const builder = new ChangeBuilder(deps.session.file, {
        via: 'agent',
        provenance: { runId: deps.record.runId, stage: 'screenwriter' },
      });
      const p = deps.session.file.project;
      // What the user already wrote (title, logline…) stays, unless they asked to regenerate the story itself.
      const overwrite = deps.record.regenerate === 'screenwriter';
      const story = {
        title: draft.title,
        logline: draft.logline,
        synopsis: draft.synopsis,
        genre: draft.genre,
        tone: draft.tone,
        style: draft.style,
        theme: draft.theme,
        targetDurationSec: draft.targetDurationSec,
        beatSheet: draft.beatSheet,
      };
      const missing = Object.fromEntries(
        Object.entries(story).filter(
          ([key]) =>
            overwrite || p[key as keyof typeof story] === undefined || p[key as keyof typeof story] === '',
        ),
      );
      builder.updateProject({
        ...(p.name.startsWith('Untitled') ? { name: p.title ?? draft.title } : {}),
        ...missing,
      });
      const { replaced } = splitForRegeneration(
        deps.record,
        'screenwriter',
        deps.session.file.entities.beats,
      );
      reuseReplacedIds(
        deps.record,
        builder,
        'beat',
        draft.beats.map((b) => b.key),
        replaced,
      );
      for (const beat of draft.beats) {
        builder.upsert('beat', {
          id: idOf(deps, 'beat', beat.key),
          act: beat.act,
          actName: beat.actName,
          order: beat.order,
          name: beat.name,
          summary: beat.summary,
          targetSec: beat.targetSec,
          sceneIds: [],
        });
      }
      advanceWorkflowIn(deps, builder, 'story_structure');
      await deps.session.commit(`Screenwriter: ${draft.title}`, builder.ops);
    },
  );
  return { story };
}
