// `storyloom new --idea`: creates a project and runs the whole pipeline headless, with progress on a terminal.
import type { ProjectKind } from '../../../src-preload/contract/entities';
import { paramsFromIdea } from '../../brains/offline/generate/generate-params';
import { AppFailure } from '../../shared/failure';
import type { Services } from '../../services';
import type { CliArgs, CliIo } from '../cli-types';
import { printResult } from '../cli-output';
import { agentProgressPrinter } from '../progress';

export async function newFromIdea(
  services: Services,
  args: CliArgs,
  io: CliIo,
  idea: string,
  kind: ProjectKind,
  seed: number | undefined,
  name?: string,
): Promise<number> {
  const summary = await services.projects.create(
    name ?? 'Untitled film',
    kind,
    seed === undefined ? {} : { seed },
  );
  const session = await services.projects.open(summary.id);
  const print = agentProgressPrinter(io, Boolean(args.options.quiet));
  const unsubscribe = services.events.subscribe((event, payload) => {
    if (event === 'agent:event') print(payload as Parameters<typeof print>[0]);
  });
  try {
    const { done } = await services.pipeline.start(
      session.id,
      paramsFromIdea(idea, kind, session.file.project.seed),
    );
    const outcome = await done;
    if (outcome.status !== 'done') {
      throw new AppFailure(
        'PIPELINE_STOPPED',
        `The pipeline stopped (${outcome.status}): ${outcome.reason ?? 'see the run log'}.`,
        `Resume it from the app, or run \`storyloom chat ${session.dir} "resume the run"\`.`,
      );
    }
    printResult(
      args,
      io,
      { projectId: summary.id, path: summary.path },
      `Created "${session.file.project.title ?? session.file.project.name}" at ${summary.path}`,
    );
    return 0;
  } finally {
    unsubscribe();
    await services.shutdown();
  }
}
