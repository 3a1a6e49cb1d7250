// Handlers of the storyboard and shot list: rows, reorders and renumbering (one undoable change each), frame images.
import type { Services } from './index';
import { shotListRows } from '../formats/csv/shot-list';
import type { ChangeBuilder } from '../store/change-builder';
import { getAsset, putAsset } from '../store/project-assets';
import type { ProjectSession } from '../store/project-session';
import { planRenumberAll, planSceneReorder, planShotReorder } from '../store/storyboard-order';
import type { HandlerTable } from '../shared/handler-types';

type StoryboardHandlers = Pick<
  HandlerTable,
  'shot:list' | 'shot:reorder' | 'shot:renumber' | 'scene:reorder' | 'asset:put' | 'asset:get'
>;

/** Commits a planned reorder; an order that changes nothing saves nothing (and adds no undo step). */
async function commitPlan(session: ProjectSession, builder: ChangeBuilder, label: string) {
  return { change: builder.isEmpty ? null : await session.commit(label, builder.ops) };
}

export function storyboardHandlers({ projects }: Services): StoryboardHandlers {
  return {
    'shot:list': async ({ projectId }) => shotListRows((await projects.open(projectId)).file),
    'shot:reorder': async ({ projectId, sceneId, shotIds }) => {
      const session = await projects.open(projectId);
      const scene = session.file.entities.scenes.find((s) => s.id === sceneId);
      const label = `Reorder the shots of scene ${scene?.number ?? ''}`.trim();
      return commitPlan(session, planShotReorder(session.file, sceneId, shotIds), label);
    },
    'shot:renumber': async ({ projectId }) => {
      const session = await projects.open(projectId);
      return commitPlan(session, planRenumberAll(session.file), 'Renumber the shots');
    },
    'scene:reorder': async ({ projectId, sceneIds }) => {
      const session = await projects.open(projectId);
      return commitPlan(session, planSceneReorder(session.file, sceneIds), 'Reorder the scenes');
    },
    'asset:put': async ({ projectId, fileName, base64 }) => {
      const session = await projects.open(projectId);
      session.assertWritable();
      return putAsset(session.dir, fileName, Buffer.from(base64, 'base64'));
    },
    'asset:get': async ({ projectId, assetId }) => {
      const { mime, bytes } = await getAsset((await projects.open(projectId)).dir, assetId);
      return { assetId, mime, base64: bytes.toString('base64') };
    },
  };
}
