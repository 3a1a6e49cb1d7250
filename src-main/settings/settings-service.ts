// SettingsService: app settings file + API key + "Test connection" + the current Brain, for every transport.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Brain } from '../brains/brain';
import { apiKeySecretName, selectBrain } from './select-brain';
import { capabilitiesFromProbe, probeEndpoint, type ProbeResult } from '../brains/openai/probe-endpoint';
import { AppFailure } from '../shared/failure';
import { describeZodError } from '../shared/zod-issue';
import { assertOutsideProjects, SETTINGS_FILE } from './app-data-dir';
import {
  AppSettingsPatchSchema,
  AppSettingsSchema,
  applyPatch,
  DEFAULT_SETTINGS,
  PROVIDER_PRESETS,
  type AppSettings,
  type ProviderPreset,
} from './app-settings';
import { GuardedFile } from '../store/guarded-file';
import { PRIVATE_MODE, writePrivateFile } from './private-file';
import { FileSecretStore, type SecretCodec, type SecretStore } from './secret-store';
import type { ImageEndpointAccess } from './image-settings';
import type { ApiKeyTarget, ImageEndpoint } from '../../src-preload/contract/image-endpoint';

export { SETTINGS_FILE };

/** What the UI sees: the settings, the provider's preset, and whether a key is stored — never the key. */
export interface SettingsView extends Omit<AppSettings, 'capabilities' | 'image'> {
  hasApiKey: boolean;
  preset: ProviderPreset;
  capabilities?: AppSettings['capabilities'];
  /** The image endpoint, when one is set; `hasApiKey` tells whether its own key is stored. */
  image?: ImageEndpoint & { hasApiKey: boolean };
}

export interface SettingsServiceOptions {
  /** App data dir (Electron userData, or ~/.storyloom); never inside a project. */
  appDir: string;
  /** Refuse an appDir under the projects root too. */
  projectsRoot?: string;
  /** Defaults to the secrets.json fallback in appDir. */
  secrets?: SecretStore;
  /** Encryption for the file fallback (Electron: safeStorage). */
  codec?: SecretCodec;
  /** Injectable for tests. */
  probe?: typeof probeEndpoint;
}

/** Owns the settings file and the brain built from it. Create with `SettingsService.open`. */
export class SettingsService {
  private brainCache: Brain | undefined;
  /** Bumped on every change, so a brain built from older settings is never cached. */
  private revision = 0;

  private constructor(
    private readonly file: GuardedFile,
    private readonly secrets: SecretStore,
    private readonly probe: typeof probeEndpoint,
    private settings: AppSettings,
  ) {}

  /** Loads (or creates) the settings. A corrupt file is set aside as `settings.json.corrupt-<time>` and defaults apply. */
  static async open(options: SettingsServiceOptions): Promise<SettingsService> {
    assertOutsideProjects(options.appDir, options.projectsRoot);
    const path = join(options.appDir, SETTINGS_FILE);
    const secrets =
      options.secrets ??
      new FileSecretStore({
        appDir: options.appDir,
        ...(options.codec ? { codec: options.codec } : {}),
        ...(options.projectsRoot ? { projectsRoot: options.projectsRoot } : {}),
      });
    const file = new GuardedFile(path, { mode: PRIVATE_MODE });
    const settings = (await readSettings(file)) ?? DEFAULT_SETTINGS;
    return new SettingsService(file, secrets, options.probe ?? probeEndpoint, settings);
  }

  /** The current settings for display; `hasApiKey` tells whether the provider's key is stored. */
  async get(): Promise<SettingsView> {
    const { image, ...settings } = this.settings;
    const hasApiKey = (await this.secret(apiKeySecretName(settings.provider))) !== undefined;
    return {
      ...settings,
      hasApiKey,
      preset: PROVIDER_PRESETS[settings.provider],
      ...(image
        ? { image: { ...image, hasApiKey: (await this.secret(apiKeySecretName('image'))) !== undefined } }
        : {}),
    };
  }

  /**
   * The image endpoint with the key to send, or undefined when none is set. Without a key of its own, the chat
   * provider's key goes along when both point at the same server (one OpenAI account, one key).
   */
  async imageEndpoint(): Promise<ImageEndpointAccess | undefined> {
    const image = this.settings.image;
    if (!image) return undefined;
    const sameServer = this.settings.provider !== 'offline' && sameBase(this.settings.baseURL, image.baseURL);
    const apiKey =
      (await this.secret(apiKeySecretName('image'))) ??
      (sameServer ? await this.secret(apiKeySecretName(this.settings.provider)) : undefined);
    return { ...image, ...(apiKey ? { apiKey } : {}) };
  }

  /** A stored secret; an unreadable one behaves like a missing one (Settings then shows no key). */
  private async secret(name: string): Promise<string | undefined> {
    try {
      return await this.secrets.get(name);
    } catch {
      return undefined;
    }
  }

  /** Validates and applies a patch (unknown input: it may come straight from IPC). Throws SETTINGS_INVALID. */
  async update(patch: unknown): Promise<SettingsView> {
    const parsedPatch = AppSettingsPatchSchema.safeParse(patch);
    if (!parsedPatch.success) throw invalid(describeZodError(parsedPatch.error).message);
    await this.commit((current) => {
      const next = AppSettingsSchema.safeParse(applyPatch(current, parsedPatch.data));
      if (!next.success) throw invalid(describeZodError(next.error).message);
      return next.data;
    });
    return this.get();
  }

  /** Stores (or with null / '' removes) the current provider's API key, or the image endpoint's. */
  async setApiKey(key: string | null, target: ApiKeyTarget = 'model'): Promise<SettingsView> {
    const name = apiKeySecretName(target === 'image' ? 'image' : this.settings.provider);
    const trimmed = key?.trim() ?? '';
    if (/\s/.test(trimmed)) throw invalid('the API key must not contain spaces or line breaks');
    if (trimmed) await this.secrets.set(name, trimmed);
    else await this.secrets.delete(name);
    this.invalidate();
    return this.get();
  }

  /** Probes the configured endpoint; on success remembers its capabilities for this endpoint and model. */
  async testConnection(): Promise<ProbeResult> {
    const s = this.settings;
    if (s.provider === 'offline') return { ok: true, latencyMs: 0 };
    let apiKey: string | undefined;
    try {
      apiKey = await this.secrets.get(apiKeySecretName(s.provider));
    } catch {
      apiKey = undefined;
    }
    const result = await this.probe({
      baseURL: s.baseURL,
      model: s.model,
      timeoutMs: Math.min(s.timeoutMs, 15_000),
      ...(apiKey ? { apiKey } : {}),
    });
    if (result.ok) {
      const caps = capabilitiesFromProbe(result);
      await this.commit((current) => ({
        ...current,
        capabilities: { baseURL: s.baseURL, model: s.model, ...caps, checkedAt: new Date().toISOString() },
      }));
    }
    return result;
  }

  /** The Brain for the current settings (rebuilt after any change). */
  async brain(): Promise<Brain> {
    if (this.brainCache) return this.brainCache;
    const revision = this.revision;
    const brain = await selectBrain(this.settings, this.secrets);
    if (revision === this.revision) this.brainCache = brain;
    return brain;
  }

  /**
   * Applies `change` to the settings as they are on disk now and saves the result. Another Storyloom (the app and a
   * CLI, two windows) may have saved settings since this one read them: their change is loaded first and kept,
   * never overwritten with this process's older copy. The write itself is guarded (STORE_CONFLICT when the file
   * was replaced between the check and the write, which is retried on top of that newer file).
   */
  private async commit(change: (current: AppSettings) => AppSettings): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (!(await this.file.isCurrent())) this.settings = (await readSettings(this.file)) ?? this.settings;
      const next = change(this.settings);
      try {
        await writePrivateFile(this.file.path, `${JSON.stringify(next, null, 2)}\n`, (text) =>
          this.file.write(text),
        );
      } catch (error) {
        if (error instanceof AppFailure && error.code === 'STORE_CONFLICT' && attempt < 2) continue;
        throw error;
      }
      this.settings = next;
      this.invalidate();
      return;
    }
  }

  private invalidate(): void {
    this.revision++;
    this.brainCache = undefined;
  }
}

/**
 * The settings on disk, read through the guard; undefined when there are none. A corrupt file is set aside as
 * `settings.json.corrupt-<time>` (and undefined returned), so it never blocks the app and is never lost.
 */
async function readSettings(file: GuardedFile): Promise<AppSettings | undefined> {
  const raw = await file.read();
  if (raw === null) return undefined;
  try {
    const result = AppSettingsSchema.safeParse(JSON.parse(raw));
    if (result.success) return result.data;
  } catch {
    // Not JSON: set aside below.
  }
  await fs.rename(file.path, `${file.path}.corrupt-${Date.now()}`);
  await file.read(); // now "no file": the next write is not a conflict with the file set aside
  return undefined;
}

/** Two addresses of one server (trailing slashes and letter case of the host do not matter). */
function sameBase(a: string, b: string): boolean {
  const norm = (u: string): string => u.trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

function invalid(message: string): AppFailure {
  return new AppFailure(
    'SETTINGS_INVALID',
    `Settings not saved: ${message}.`,
    'Correct the highlighted field and save again.',
  );
}
