// `storyloom serve`: web mode — the renderer in a browser against the same handlers, on loopback only.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHandlerTable } from '../../ipc/handlers';
import { startWebHost } from '../../host/web-host';
import { resourcesDir } from '../../shared/resources';
import { intOption } from '../args';
import { cliServices } from '../cli-context';
import type { CommandRun } from '../cli-types';

export const serveCommand: CommandRun = async (args, io) => {
  const services = cliServices(args, io);
  const rendererDir = join(dirname(resourcesDir()), 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    io.stderr('The renderer is not built yet: run `npm run build` first (web mode serves out/renderer).');
  }
  const host = await startWebHost({
    table: createHandlerTable({ ...services, transport: 'web' }),
    events: services.events,
    rendererDir,
    port: intOption(args, 'port') ?? 0,
    ...(io.env.STORYLOOM_WEB_TOKEN ? { token: io.env.STORYLOOM_WEB_TOKEN } : {}),
  });
  io.stdout(
    args.options.json
      ? JSON.stringify({ url: host.url, port: host.port, dataDir: services.root })
      : `Storyloom web mode: ${host.url}`,
  );
  if (!args.options.json) io.stderr(`Projects: ${services.root} — press Ctrl+C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await services.shutdown();
  return 0;
};
