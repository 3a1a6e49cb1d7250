// `storyloom settings image …`: shows, sets or clears the image endpoint for portraits (its key only from the environment).
import { stringOption } from '../args';
import { cliSettings } from '../cli-brain';
import { printResult } from '../cli-output';
import type { CliArgs, CommandRun } from '../cli-types';
import { IMAGE_ENDPOINT_HOW_TO } from '../../settings/image-settings';
import type { SettingsView } from '../../settings/settings-service';
import { AppFailure } from '../../shared/failure';

const USAGE =
  'Usage: `storyloom settings image [--base-url URL --model MODEL [--size 1024x1024] [--timeout SEC] [--api-key-env VAR] | --clear] [--json]`.';

/** The image endpoint fields given on the command line (undefined when none were). */
function patchOf(args: CliArgs, current: SettingsView['image']): Record<string, unknown> | null | undefined {
  if (args.options.clear) return null;
  const baseURL = stringOption(args, 'base-url');
  const model = stringOption(args, 'model');
  const size = stringOption(args, 'size');
  const timeout = stringOption(args, 'timeout');
  if (baseURL === undefined && model === undefined && size === undefined && timeout === undefined)
    return undefined;
  const seconds = timeout === undefined ? undefined : Number(timeout);
  if (seconds !== undefined && !Number.isFinite(seconds))
    throw new AppFailure('CLI_USAGE', `--timeout must be a number of seconds, not "${timeout}".`);
  return {
    baseURL: baseURL ?? current?.baseURL ?? '',
    model: model ?? current?.model ?? '',
    size: size ?? current?.size ?? '1024x1024',
    timeoutMs: seconds !== undefined ? Math.round(seconds * 1000) : (current?.timeoutMs ?? 180_000),
  };
}

/** The image API key from the variable `--api-key-env` names (never from the command line, which `ps` shows). */
function keyFromEnv(args: CliArgs, env: NodeJS.ProcessEnv): string | undefined {
  const name = stringOption(args, 'api-key-env');
  if (name === undefined) return undefined;
  const key = env[name];
  if (!key?.trim())
    throw new AppFailure(
      'CLI_USAGE',
      `The environment variable ${name} is empty or not set.`,
      `Export the image API key first, e.g. \`export ${name}=sk-…\`.`,
    );
  return key;
}

export const settingsCommand: CommandRun = async (args, io) => {
  const [what] = args.positionals;
  if (what !== 'image') throw new AppFailure('CLI_USAGE', USAGE);
  // The key is checked first: a command that fails changes nothing.
  const key = keyFromEnv(args, io.env);
  const settings = await cliSettings(args, io);
  let view = await settings.get();
  const patch = patchOf(args, view.image);
  if (patch !== undefined) view = await settings.update({ image: patch });
  if (key !== undefined) view = await settings.setApiKey(key, 'image');
  const image = view.image;
  printResult(
    args,
    io,
    { image: image ?? null },
    image
      ? `Image endpoint: ${image.baseURL} · model ${image.model} · size ${image.size} · timeout ${image.timeoutMs / 1000} s · ${image.hasApiKey ? 'own API key stored' : 'no key of its own'}.`
      : `No image endpoint is set. ${IMAGE_ENDPOINT_HOW_TO}`,
  );
  return 0;
};
