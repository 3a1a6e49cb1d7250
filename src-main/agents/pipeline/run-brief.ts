// The idea brief of a run: read from the idea at the start of a generate run and kept on the project.
import type { IdeaBrief } from '../../../src-preload/contract/idea-brief';
import type { GenerateParams } from '../../brains/offline/generate/types';
import { extractIdeaBrief } from '../../brains/offline/language/idea-brief';
import { ChangeBuilder } from '../../store/change-builder';
import type { ProjectSession } from '../../store/project-session';
import type { PipelineDeps } from './pipeline-deps';

/**
 * The brief a run works from. A run from the start reads the idea again (fields the user corrected keep the
 * user's values); a regeneration or a partial run keeps the project's brief, so "regenerate the scenes" is not
 * taken for a new idea. The brief is stored on the project before any stage runs.
 */
export async function storeRunBrief(
  session: ProjectSession,
  params: GenerateParams,
  options: { from?: string; upTo?: string },
): Promise<IdeaBrief> {
  const previous = session.file.project.brief;
  if (previous && (options.from || options.upTo || previous.idea === params.idea)) return previous;
  const brief = extractIdeaBrief(params.idea, previous ? { previous } : {});
  const builder = new ChangeBuilder(session.file, { via: 'agent', provenance: { stage: 'brief' } });
  builder.updateProject({ brief });
  await session.commit('Idea brief', builder.ops);
  return brief;
}

/** The brief every offline stage honours (the project's, so a user's edit between runs is honoured). */
export function briefOf(deps: PipelineDeps): IdeaBrief | undefined {
  return deps.session.file.project.brief;
}
