// Moves a whole project between studios as one .storyloom file: export, and a fully validated import.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { ProjectSummary } from '../../../src-preload/contract/dto';
import { readArchive } from './read-archive';
import { writeArchive } from './write-archive';
import { writeFileDurable } from '../../store/durable-write';
import type { ProjectRepository } from '../../store/project-repository';
import type { ProjectSession } from '../../store/project-session';
import { summarize } from '../../store/project-summary';
import { remapProjectIds } from '../../store/remap-ids';

async function readDirFiles(dir: string, filter: (name: string) => boolean): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await fs.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && filter(e.name))
    .map((e) => e.name);
}

/** Applies `rewrite` to every (already validated) JSON line of a JSONL text. */
function rewriteJsonLines(body: string, rewrite: (value: unknown) => unknown): string {
  return body
    .split('\n')
    .map((line) => (line.trim() ? JSON.stringify(rewrite(JSON.parse(line))) : line))
    .join('\n');
}

/** Builds the archive bytes of a project (flushing pending writes first). */
export async function exportProject(
  repo: ProjectRepository,
  projectId: string,
  appVersion: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  return exportSessionArchive(await repo.open(projectId), appVersion);
}

/** The archive of an open project: project.json, chat sessions and assets. */
export async function exportSessionArchive(
  session: ProjectSession,
  appVersion: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  await session.flush();
  const chat = new Map<string, string>();
  for (const name of await readDirFiles(join(session.dir, 'chat'), (n) => /^[\w-]{1,100}\.jsonl$/.test(n))) {
    chat.set(`chat/${name}`, await fs.readFile(join(session.dir, 'chat', name), 'utf8'));
  }
  const assets = new Map<string, Uint8Array>();
  for (const name of await readDirFiles(join(session.dir, 'assets'), (n) => /^[\w.-]{1,200}$/.test(n))) {
    assets.set(`assets/${name}`, await fs.readFile(join(session.dir, 'assets', name)));
  }
  const bytes = writeArchive({ project: session.file, chat, assets, appVersion });
  const safeName = session.file.project.name.replace(/[^\w -]+/g, '').trim() || 'project';
  return { fileName: `${safeName}.storyloom`, bytes };
}

/**
 * The name an imported project gets: its own, unless a project of that name is already listed — then
 * "… (imported)" (numbered when that is taken too), so a copy never looks like its original in the list.
 */
export function importedName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!used.has(name.trim().toLowerCase())) return name;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${name} (imported)` : `${name} (imported ${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Imports an archive. Everything is validated before the first byte is written; the new folder appears
 * atomically. A project whose id already exists under the root gets fresh ids for everything.
 */
export async function importProject(
  repo: ProjectRepository,
  bytes: Uint8Array,
): Promise<ProjectSummary & { remappedIds: number }> {
  const contents = readArchive(bytes);
  let file = contents.project;
  let chat = contents.chat;
  let remappedIds = 0;
  const existing = await repo.list();
  const name = importedName(
    file.project.name,
    existing.map((p) => p.name),
  );
  if (name !== file.project.name) file = { ...file, project: { ...file.project, name } };
  if (existing.some((p) => p.id === file.project.id)) {
    const remapped = remapProjectIds(file);
    file = remapped.file;
    remappedIds = remapped.remapped;
    // Chat messages reference entities (createdIds, updatedIds): they must follow the new ids.
    chat = new Map([...chat].map(([name, body]) => [name, rewriteJsonLines(body, remapped.rewrite)]));
  }
  const dir = await repo.writeNewProject(file, async (staging) => {
    for (const [name, body] of chat) await writeFileDurable(join(staging, name), body);
    for (const [name, body] of contents.assets) await writeFileDurable(join(staging, name), body);
  });
  return { ...summarize(file, dir), remappedIds };
}
