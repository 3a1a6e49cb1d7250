// Hostile archives: every malformed or malicious .storyloom is refused with a specific message and writes nothing.
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../src-main/shared/failure';
import { ARCHIVE_LIMITS } from '../../../../src-main/formats/archive/archive-limits';
import { readArchive } from '../../../../src-main/formats/archive/read-archive';
import { safeUnzip } from '../../../../src-main/formats/archive/safe-unzip';
import { writeArchive } from '../../../../src-main/formats/archive/write-archive';
import { newProjectFile } from '../../../../src-main/store/new-project';
import { ProjectRepository } from '../../../../src-main/store/project-repository';
import { importProject } from '../../../../src-main/formats/archive/project-transfer';
import { serializeProjectFile } from '../../../../src-main/store/serialize-project';
import { craftArchive, manifestFor, rawZip, zeroBombDeflate } from '../../../fixtures/zip-craft';
import { listTree, makeTempDir, removeTempDirs } from '../../../fixtures/temp-dir';

const CHARACTER = {
  id: '01ARZ3NDEKTSV4RRFFQ69G5FAW',
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: '2030-01-01T00:00:00.000Z',
  createdVia: 'manual',
  name: 'Ada',
};
const projectFile = () => {
  const file = newProjectFile('Crafted', 'short-film', {
    seed: 1,
    id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    now: '2030-01-01T00:00:00.000Z',
  });
  (file.entities.characters as unknown[]).push({
    ...CHARACTER,
    aliases: [],
    goals: [],
    traits: [],
    wardrobe: [],
    provenance: {},
  });
  return file;
};
const PROJECT = serializeProjectFile(projectFile());
const CHAT_LINE = JSON.stringify({
  id: 'm1',
  sessionId: 's1',
  role: 'user',
  content: 'hello',
  at: '2030-01-01T00:00:00.000Z',
});
const validArchive = () =>
  writeArchive({
    project: projectFile(),
    chat: new Map([['chat/s1.jsonl', `${CHAT_LINE}\n`]]),
    assets: new Map(),
    appVersion: 'test',
  });

let root: string;
let repo: ProjectRepository;

beforeAll(async () => {
  root = makeTempDir('storyloom-hostile-');
  repo = new ProjectRepository({ root });
  await repo.create('Existing', 'short-film');
});
afterAll(async () => {
  await repo.closeAll();
  removeTempDirs();
});

/** Imports `bytes`, expects IMPORT_REJECTED with a message matching `message`, and that the root is byte-identical. */
async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<AppFailure> {
  const before = listTree(root);
  let failure: unknown;
  try {
    await importProject(repo, bytes);
  } catch (error) {
    failure = error;
  }
  expect(failure, 'the import should have been refused').toBeInstanceOf(AppFailure);
  const appFailure = failure as AppFailure;
  expect(appFailure.code).toBe('IMPORT_REJECTED');
  expect(appFailure.message).toMatch(message);
  expect(appFailure.remedy).toMatch(/Nothing was imported/);
  expect(listTree(root)).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return appFailure;
}

describe('hostile archive paths', () => {
  it('refuses a zip-slip entry', async () => {
    const failure = await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { extra: { '../evil.txt': 'pwned' } }),
      /"\.\.\/evil\.txt".*zip slip/,
    );
    expect(failure.details?.entry).toBe('../evil.txt');
  });
  it('refuses a nested zip-slip entry and a backslash path', async () => {
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { extra: { 'chat/../../evil.jsonl': '{}' } }),
      /"chat\/\.\.\/\.\.\/evil\.jsonl".*zip slip/,
    );
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { extra: { '..\\evil.txt': 'x' } }),
      /backslash/,
    );
  });
  it('refuses absolute paths', async () => {
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { extra: { '/etc/passwd': 'root:x:0:0' } }),
      /"\/etc\/passwd".*absolute path/,
    );
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { extra: { 'C:/Windows/win.ini': 'x' } }),
      /"C:\/Windows\/win\.ini".*absolute path/,
    );
  });
});

describe('zip bombs', () => {
  it('refuses an honest 1 GiB bomb by its declared size before inflating', async () => {
    const data = zeroBombDeflate(1024);
    const bomb = rawZip([{ name: 'project.json', data, method: 8, declaredSize: 1024 * 1024 * 1024 }]);
    const failure = await expectRefused(
      bomb,
      new RegExp(
        `"project\\.json" expands to 1073741824 bytes; the limit is ${ARCHIVE_LIMITS.maxEntryBytes}`,
      ),
    );
    expect(failure.details?.limit).toBe('maxEntryBytes');
  });
  it('refuses a bomb under the size limit by its compression ratio', async () => {
    const bomb = rawZip([
      { name: 'assets/big.png', data: zeroBombDeflate(100), method: 8, declaredSize: 100 * 1024 * 1024 },
    ]);
    const failure = await expectRefused(
      bomb,
      /"assets\/big\.png" expands \d+× .*the limit is 200× — a zip bomb/,
    );
    expect(failure.details?.limit).toBe('maxCompressionRatio');
  });
  it('refuses many entries that add up past the total limit', () => {
    const entry = (i: number) => ({
      name: `assets/${i}.png`,
      data: zeroBombDeflate(2),
      method: 8 as const,
      declaredSize: 2 * 1024 * 1024,
    });
    const bytes = rawZip([entry(1), entry(2), entry(3)]);
    const limits = { ...ARCHIVE_LIMITS, maxCompressionRatio: 1e9, maxTotalBytes: 5 * 1024 * 1024 };
    expect(() => readArchive(bytes, limits)).toThrow(/expands to more than 5242880 bytes in all/);
    expect(() => readArchive(rawZip([entry(1), entry(2)]), { ...limits, maxEntries: 1 })).toThrow(
      /more than 1 entries/,
    );
  });
  it('refuses 760 zero-filled 1 MB entries (an 866 KB archive) by ratio from the directory, before inflating any entry (issue 8, finding 5)', async () => {
    const one = zeroBombDeflate(1);
    // The first entry's data is garbage: inflating it would fail as "damaged". The refusal must come first.
    const garbage = { name: 'chat/a.jsonl', data: randomBytes(64), method: 8 as const, declaredSize: 100 };
    const entries = Array.from({ length: 760 }, (_, i) => ({
      name: `assets/${i}.png`,
      data: one,
      method: 8 as const,
      declaredSize: 1024 * 1024,
    }));
    const bytes = rawZip([garbage, ...entries]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const failure = await expectRefused(bytes, /expands \d+× .*the limit is 200× — a zip bomb/);
    expect(failure.details).toMatchObject({ limit: 'maxCompressionRatio', entry: 'assets/0.png' });
  });
  it('refuses many small zero-filled entries (each under the ratio floor) by the ratio of the whole archive', async () => {
    const small = new Uint8Array(deflateRawSync(Buffer.alloc(60 * 1024), { level: 9 }));
    const entries = Array.from({ length: 2_000 }, (_, i) => ({
      name: `assets/${i}.png`,
      data: small,
      method: 8 as const,
      declaredSize: 60 * 1024,
    }));
    const failure = await expectRefused(rawZip(entries), /The archive expands \d+× in all .*— a zip bomb/);
    expect(failure.details?.limit).toBe('maxCompressionRatio');
  });
  it('the total expanded cap stays within a desktop budget (≤ 256 MB)', () => {
    expect(ARCHIVE_LIMITS.maxTotalBytes).toBeLessThanOrEqual(256 * 1024 * 1024);
  });
  it('a bomb whose headers lie about its size is cut at the declared size (memory stays bounded) and refused', async () => {
    const liar = {
      name: 'project.json',
      data: zeroBombDeflate(1024),
      method: 8 as const,
      declaredSize: 1000,
    };
    const entries = safeUnzip(rawZip([liar]));
    expect(entries.get('project.json')!.length).toBe(1000);
    // With a manifest vouching for the cut bytes it still fails: 1,000 NUL bytes are not a project.
    const manifest = {
      name: 'manifest.json',
      data: new TextEncoder().encode(JSON.stringify(manifestFor({ 'project.json': new Uint8Array(1000) }))),
      method: 0 as const,
      declaredSize: 0,
    };
    manifest.declaredSize = manifest.data.length;
    await expectRefused(rawZip([manifest, liar]), /project\.json is empty or blank/);
    // Without one, the cut entry fails its sha256.
    const honestManifest = {
      ...manifest,
      data: new TextEncoder().encode(JSON.stringify(manifestFor({ 'project.json': PROJECT }))),
    };
    honestManifest.declaredSize = honestManifest.data.length;
    await expectRefused(rawZip([honestManifest, liar]), /"project\.json" does not match its sha256/);
  });
});

describe('forbidden keys and schema versions', () => {
  it('refuses __proto__ inside project.json (written by hand, so it is a real own key)', async () => {
    const text = PROJECT.replace('"name":"Ada"', '"name":"Ada","__proto__":{"polluted":true}');
    expect(text).toContain('__proto__');
    const failure = await expectRefused(
      craftArchive({ 'project.json': text }),
      /forbidden key "entities\.characters\[0\]\.__proto__"/,
    );
    expect(failure.details?.entry).toBe('project.json');
  });
  it('refuses constructor/prototype keys at the top of project.json', async () => {
    await expectRefused(
      craftArchive({ 'project.json': `{"constructor":{"prototype":{"polluted":true}},${PROJECT.slice(1)}` }),
      /forbidden key "constructor"/,
    );
  });
  it('refuses __proto__ inside a chat line, naming the file and line', async () => {
    const bad =
      '{"id":"m2","sessionId":"s1","role":"user","content":"x","at":"t","__proto__":{"polluted":true}}';
    const chat = `${CHAT_LINE}\n${bad}\n`;
    await expectRefused(
      craftArchive({ 'project.json': PROJECT, 'chat/s1.jsonl': chat }),
      /Line 2 of "chat\/s1\.jsonl" contains the forbidden key "__proto__"/,
    );
  });
  it('refuses __proto__ in the manifest', async () => {
    const manifest = JSON.stringify(manifestFor({ 'project.json': PROJECT })).replace(
      '{',
      '{"__proto__":{"polluted":true},',
    );
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { manifest: null, extra: { 'manifest.json': manifest } }),
      /manifest\.json contains the forbidden key "__proto__"/,
    );
  });
  it('refuses schemaVersion 99 as too new', async () => {
    const failure = await expectRefused(
      craftArchive({ 'project.json': PROJECT.replace('"schemaVersion":1', '"schemaVersion":99') }),
      /newer Storyloom \(schema 99/,
    );
    expect(failure.details?.code).toBe('PROJECT_TOO_NEW');
  });
  it('refuses schemaVersion "abc"', async () => {
    const failure = await expectRefused(
      craftArchive({ 'project.json': PROJECT.replace('"schemaVersion":1', '"schemaVersion":"abc"') }),
      /schemaVersion must be a whole number, found "abc"/,
    );
    expect(failure.details?.field).toBe('schemaVersion');
  });
  it('refuses a project that fails the schema, naming the field', async () => {
    await expectRefused(
      craftArchive({ 'project.json': PROJECT.replace('"name":"Ada"', '"name":7') }),
      /entities\.characters\.0\.name/,
    );
  });
  it('refuses a dangling reference (a relationship to a character that is not in the project), naming entity and field (issue 8, finding 10)', async () => {
    const file = projectFile();
    (file.entities.relationships as unknown[]).push({
      id: '01ARZ3NDEKTSV4RRFFQ69G5FAX',
      createdAt: '2030-01-01T00:00:00.000Z',
      updatedAt: '2030-01-01T00:00:00.000Z',
      createdVia: 'manual',
      provenance: {},
      sourceId: CHARACTER.id,
      targetId: '01ARZ3NDEKTSV4RRFFQ69G5FAZ',
      kind: 'friendship',
      strength: 0.5,
      trust: 0.5,
    });
    const bytes = writeArchive({ project: file, chat: new Map(), assets: new Map(), appVersion: 'test' });
    const failure = await expectRefused(
      bytes,
      /project\.json is inconsistent: .*relationship.*targetId points at a character \(01ARZ3NDEKTSV4RRFFQ69G5FAZ\)/,
    );
    expect(failure.details).toMatchObject({
      field: 'relationship.targetId',
      entityId: '01ARZ3NDEKTSV4RRFFQ69G5FAX',
    });
  });
  it('refuses an invalid chat message, naming the line and field', async () => {
    await expectRefused(
      craftArchive({ 'project.json': PROJECT, 'chat/s1.jsonl': `${CHAT_LINE}\n{"id":"m3"}\n` }),
      /Line 2 of "chat\/s1\.jsonl" is not a chat message — sessionId/,
    );
    await expectRefused(
      craftArchive({ 'project.json': PROJECT, 'chat/s1.jsonl': '{not json\n' }),
      /Line 1 of "chat\/s1\.jsonl" is not valid JSON/,
    );
  });
});

describe('damaged, foreign and inconsistent archives', () => {
  it('refuses a valid archive cut in half', async () => {
    const whole = validArchive();
    await expectRefused(whole.subarray(0, Math.floor(whole.length / 2)), /damaged or truncated/);
  });
  it('refuses random bytes, a PNG and plain text as not a zip', async () => {
    await expectRefused(new Uint8Array(randomBytes(4096)), /not a zip file/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(100)]);
    await expectRefused(png, /not a zip file/);
    await expectRefused(
      new TextEncoder().encode('INT. DINER - NIGHT\n\nAda sits alone.\n'),
      /not a zip file/,
    );
    await expectRefused(new Uint8Array(0), /not a zip file/);
  });
  it('refuses a part whose sha256 does not match the manifest', async () => {
    const manifest = manifestFor({ 'project.json': PROJECT.replace('Ada', 'Eve') });
    const failure = await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { manifest }),
      /"project\.json" does not match its sha256/,
    );
    expect(failure.details?.field).toBe('sha256');
  });
  it('refuses an entry that is not in the manifest', async () => {
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { extra: { 'chat/extra.jsonl': `${CHAT_LINE}\n` } }),
      /"chat\/extra\.jsonl" is not listed in the manifest/,
    );
  });
  it('refuses a manifest part that the archive lacks', async () => {
    const manifest = manifestFor({ 'project.json': PROJECT, 'chat/gone.jsonl': 'x' });
    await expectRefused(
      craftArchive({ 'project.json': PROJECT }, { manifest }),
      /lists "chat\/gone\.jsonl" but the archive does not contain it/,
    );
  });
  it('refuses an archive without manifest.json', async () => {
    await expectRefused(craftArchive({ 'project.json': PROJECT }, { manifest: null }), /no manifest\.json/);
  });
  it('refuses a manifest of another format, naming the field', async () => {
    await expectRefused(
      craftArchive(
        { 'project.json': PROJECT },
        { manifest: manifestFor({ 'project.json': PROJECT }, { format: 'other' }) },
      ),
      /not a Storyloom manifest — format/,
    );
  });
  it('refuses an archive without project.json', async () => {
    await expectRefused(craftArchive({ 'chat/s1.jsonl': `${CHAT_LINE}\n` }), /no project\.json/);
  });
  it('refuses listed parts Storyloom never writes (scripts, runs, non-image assets)', async () => {
    await expectRefused(
      craftArchive({ 'project.json': PROJECT, 'runs/r.json': '{}' }),
      /"runs\/r\.json" is not a part Storyloom archives contain/,
    );
    await expectRefused(
      craftArchive({ 'project.json': PROJECT, 'assets/x.html': '<script>' }),
      /"assets\/x\.html" is not a part/,
    );
  });
  it('accepts the untampered archive (the refusals above are specific, not blanket)', async () => {
    const contents = readArchive(validArchive());
    expect(contents.project.entities.characters.map((c) => c.name)).toEqual(['Ada']);
    expect(contents.chat.get('chat/s1.jsonl')).toBe(`${CHAT_LINE}\n`);
  });
});
