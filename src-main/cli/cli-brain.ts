// The projects root and the settings' brain for one CLI invocation, without the services (light commands start fast).
import type { Brain } from '../brains/brain';
import { appBrainSource } from '../settings/app-brain';
import { resolveProjectsRoot } from '../store/paths';
import { stringOption } from './args';
import type { CliArgs, CliIo } from './cli-types';

/** The projects root from --dir, STORYLOOM_DATA_DIR or the default. */
export function projectsRoot(args: CliArgs, io: CliIo): string {
  const dir = stringOption(args, 'dir');
  return resolveProjectsRoot({ ...(dir ? { dir } : {}), env: io.env });
}

/**
 * The brain the settings select, as the services would pick it. Kept apart from cli-context on purpose: importing
 * the services there pulls LangChain and the pipeline into `storyloom parse`, doubling its start-up.
 */
export function cliBrain(args: CliArgs, io: CliIo): Promise<Brain> {
  return appBrainSource({ root: projectsRoot(args, io) }).brain();
}
