// API keys: the SecretStore interface, an injectable encryption codec, and the secrets.json (0600) fallback.
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../shared/failure';
import { assertOutsideProjects } from './app-data-dir';
import { readIfExists, writePrivateFile } from './private-file';

/** Where secrets are kept. Values never appear in settings, logs, IPC answers or projects. */
export interface SecretStore {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}

/**
 * Turns a secret into what is stored and back. The Electron shell passes one built on `safeStorage`
 * (OS keychain); the CLI and web mode use `PLAIN_CODEC`, protected by the file's 0600 mode only.
 */
export interface SecretCodec {
  /** Stored next to each value, so a value written by another codec is recognised, not mis-decoded. */
  readonly id: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

export const PLAIN_CODEC: SecretCodec = { id: 'plain', encrypt: (s) => s, decrypt: (s) => s };

const SecretsFileSchema = z.strictObject({
  version: z.literal(1),
  secrets: z.record(z.string(), z.strictObject({ codec: z.string(), value: z.string() })),
});
type SecretsFile = z.infer<typeof SecretsFileSchema>;

export const SECRETS_FILE = 'secrets.json';

/** The file fallback: `<appDir>/secrets.json`, mode 0600, refused inside any project folder. */
export class FileSecretStore implements SecretStore {
  readonly path: string;
  private readonly codec: SecretCodec;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: { appDir: string; codec?: SecretCodec; projectsRoot?: string }) {
    assertOutsideProjects(options.appDir, options.projectsRoot);
    this.path = join(options.appDir, SECRETS_FILE);
    this.codec = options.codec ?? PLAIN_CODEC;
  }

  async get(name: string): Promise<string | undefined> {
    await this.queue;
    const entry = (await this.read()).secrets[name];
    if (!entry) return undefined;
    if (entry.codec !== this.codec.id) {
      throw new AppFailure(
        'SECRET_UNREADABLE',
        `The stored "${name}" was saved by another protection method (${entry.codec}).`,
        'Enter the API key again in Settings.',
      );
    }
    return this.codec.decrypt(entry.value);
  }

  set(name: string, value: string): Promise<void> {
    return this.mutate((file) => {
      file.secrets[name] = { codec: this.codec.id, value: this.codec.encrypt(value) };
    });
  }

  delete(name: string): Promise<void> {
    return this.mutate((file) => {
      delete file.secrets[name];
    });
  }

  /** Writes one after another: two quick changes must not lose each other. */
  private mutate(change: (file: SecretsFile) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const file = await this.read();
      change(file);
      await writePrivateFile(this.path, `${JSON.stringify(file, null, 2)}\n`);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<SecretsFile> {
    const raw = await readIfExists(this.path);
    if (raw === undefined) return { version: 1, secrets: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new AppFailure(
        'SECRETS_CORRUPT',
        `${this.path} is not valid JSON.`,
        'Delete the file and enter the API key again.',
      );
    }
    const result = SecretsFileSchema.safeParse(parsed);
    if (!result.success)
      throw new AppFailure(
        'SECRETS_CORRUPT',
        `${this.path} has an unexpected shape.`,
        'Delete the file and enter the API key again.',
      );
    // A fresh object without a prototype chain: names come from disk and must not reach Object.prototype.
    return {
      version: 1,
      secrets: Object.assign(Object.create(null) as SecretsFile['secrets'], result.data.secrets),
    };
  }
}

/** An in-memory store (tests, and sessions that must not persist keys). */
export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  async get(name: string): Promise<string | undefined> {
    return this.values.get(name);
  }
  async set(name: string, value: string): Promise<void> {
    this.values.set(name, value);
  }
  async delete(name: string): Promise<void> {
    this.values.delete(name);
  }
}
