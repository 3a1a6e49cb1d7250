// Validates a .storyloom archive completely (manifest, hashes, project schema, chat lines, assets) before anything is written.
import { extname } from 'node:path';
import { ChatMessageSchema } from '../../../src-preload/contract/chat';
import type { ProjectFile } from '../../../src-preload/contract/project';
import { AppFailure } from '../../shared/failure';
import { describeZodError } from '../../shared/zod-issue';
import { checkAllReferences } from '../../store/entity-references';
import { decodeProjectText, findForbiddenKey } from '../../store/project-file-codec';
import { ASSET_EXTENSIONS, type ArchiveLimits, ARCHIVE_LIMITS } from './archive-limits';
import { ManifestSchema, sha256, type Manifest } from './manifest';
import { safeUnzip } from './safe-unzip';

export interface ArchiveContents {
  manifest: Manifest;
  project: ProjectFile;
  /** chat/<session>.jsonl → text */
  chat: Map<string, string>;
  /** assets/<name> → bytes */
  assets: Map<string, Uint8Array>;
}

const reject = (message: string, details: Record<string, unknown>): never => {
  throw new AppFailure(
    'IMPORT_REJECTED',
    message,
    'Ask the sender to export the project again from Storyloom. Nothing was imported.',
    details,
  );
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(entry: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return reject(`The entry "${entry}" is not valid UTF-8 text.`, { entry });
  }
}

function parseManifest(entries: Map<string, Uint8Array>): Manifest {
  const bytes = entries.get('manifest.json');
  if (!bytes)
    return reject('The archive has no manifest.json; it was not exported by Storyloom.', {
      entry: 'manifest.json',
    });
  let raw: unknown;
  try {
    raw = JSON.parse(text('manifest.json', bytes));
  } catch (error) {
    return reject(`manifest.json is not valid JSON (${(error as Error).message}).`, {
      entry: 'manifest.json',
    });
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden)
    reject(`manifest.json contains the forbidden key "${forbidden}".`, {
      entry: 'manifest.json',
      field: forbidden,
    });
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const { message, path } = describeZodError(parsed.error);
    return reject(`manifest.json is not a Storyloom manifest — ${message}.`, {
      entry: 'manifest.json',
      field: path,
    });
  }
  return parsed.data;
}

function checkParts(manifest: Manifest, entries: Map<string, Uint8Array>): void {
  const listed = new Set(manifest.parts.map((p) => p.path));
  for (const name of entries.keys()) {
    if (name !== 'manifest.json' && !listed.has(name))
      reject(`The entry "${name}" is not listed in the manifest.`, { entry: name });
  }
  for (const part of manifest.parts) {
    const bytes = entries.get(part.path);
    if (!bytes)
      reject(`The manifest lists "${part.path}" but the archive does not contain it.`, { entry: part.path });
    if (sha256(bytes!) !== part.sha256 || bytes!.length !== part.bytes) {
      reject(`The entry "${part.path}" does not match its sha256 in the manifest (damaged or altered).`, {
        entry: part.path,
        field: 'sha256',
      });
    }
  }
}

function checkChat(name: string, body: string): void {
  body.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      reject(`Line ${index + 1} of "${name}" is not valid JSON.`, { entry: name, line: index + 1 });
    }
    const forbidden = findForbiddenKey(raw);
    if (forbidden)
      reject(`Line ${index + 1} of "${name}" contains the forbidden key "${forbidden}".`, {
        entry: name,
        field: forbidden,
      });
    const parsed = ChatMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const { message, path } = describeZodError(parsed.error);
      reject(`Line ${index + 1} of "${name}" is not a chat message — ${message}.`, {
        entry: name,
        field: path,
        line: index + 1,
      });
    }
  });
}

/**
 * Dangling references (a scene whose location is not in the project…) are refused, not repaired: an archive
 * written by Storyloom never has one, so one means the file was altered or damaged, and a silent repair would
 * hide which data was lost.
 */
function checkProjectReferences(project: ProjectFile): void {
  try {
    checkAllReferences(project);
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    reject(`project.json is inconsistent: ${error.message}`, { entry: 'project.json', ...error.details });
  }
}

/** Reads and fully validates an archive; throws IMPORT_REJECTED naming the exact entry, field or limit. */
export function readArchive(
  bytes: Uint8Array,
  limits: ArchiveLimits = { ...ARCHIVE_LIMITS },
): ArchiveContents {
  const entries = safeUnzip(bytes, limits);
  const manifest = parseManifest(entries);
  checkParts(manifest, entries);
  const projectBytes = entries.get('project.json');
  if (!projectBytes) return reject('The archive has no project.json.', { entry: 'project.json' });
  let project: ProjectFile;
  try {
    project = decodeProjectText(text('project.json', projectBytes), 'project.json').file;
  } catch (error) {
    if (error instanceof AppFailure)
      return reject(error.message, { entry: 'project.json', code: error.code, ...error.details });
    throw error;
  }
  checkProjectReferences(project);
  const chat = new Map<string, string>();
  const assets = new Map<string, Uint8Array>();
  for (const [name, body] of entries) {
    if (name === 'manifest.json' || name === 'project.json') continue;
    if (/^chat\/[\w-]{1,100}\.jsonl$/.test(name)) {
      const content = text(name, body);
      checkChat(name, content);
      chat.set(name, content);
    } else if (
      /^assets\/[\w.-]{1,200}$/.test(name) &&
      (ASSET_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())
    ) {
      assets.set(name, body);
    } else {
      reject(
        `The entry "${name}" is not a part Storyloom archives contain (allowed: project.json, chat/*.jsonl, image assets/*).`,
        { entry: name },
      );
    }
  }
  return { manifest, project, chat, assets };
}
