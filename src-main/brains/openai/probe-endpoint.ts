// "Test connection": reach the endpoint, check key and model, and measure what it supports (json_schema, stream usage).
import type { EndpointCapabilities, OpenAiBrainSettings } from '../brain-settings';
import { readSse } from './sse-reader';

/** A failed probe in words a user can act on. */
export interface ProbeError {
  code:
    | 'PROBE_UNREACHABLE'
    | 'PROBE_TIMEOUT'
    | 'PROBE_BAD_KEY'
    | 'PROBE_MODEL_NOT_FOUND'
    | 'PROBE_HTTP_ERROR'
    | 'PROBE_BAD_URL';
  message: string;
  remedy: string;
}

export interface ProbeResult {
  ok: boolean;
  /** Models the server lists (when it lists any). */
  models?: string[];
  supportsJsonSchema?: boolean;
  supportsJsonObject?: boolean;
  supportsStreamUsage?: boolean;
  /** Round trip of one small chat completion (or of the failing request). */
  latencyMs: number;
  error?: ProbeError;
}

type ProbeSettings = Pick<OpenAiBrainSettings, 'baseURL' | 'model' | 'apiKey' | 'timeoutMs'>;

class ProbeFailure extends Error {
  constructor(readonly error: ProbeError) {
    super(error.message);
  }
}

/** Capabilities to hand the brain after a successful probe (the safest choice for whatever was not confirmed). */
export function capabilitiesFromProbe(result: ProbeResult): EndpointCapabilities {
  const structuredMode = result.supportsJsonSchema
    ? 'json_schema'
    : result.supportsJsonObject
      ? 'json_object'
      : 'prompt';
  return { structuredMode, streamUsage: result.supportsStreamUsage === true };
}

function sameModel(listed: string, wanted: string): boolean {
  const strip = (m: string): string =>
    m
      .trim()
      .toLowerCase()
      .replace(/:latest$/, '');
  return strip(listed) === strip(wanted);
}

function networkCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Probes an OpenAI-compatible endpoint with plain HTTP (status codes matter here, and no retries may hide
 * them): GET /models, then small chat completions for json_schema (json_object if not), and a stream with
 * `stream_options.include_usage`. Never throws; a failure comes back as `{ ok: false, error }`.
 */
export async function probeEndpoint(
  settings: ProbeSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<ProbeResult> {
  const timeoutMs = Math.min(settings.timeoutMs ?? 15_000, 30_000);
  const base = settings.baseURL.replace(/\/+$/, '');
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      return undefined;
    }
  })();
  if (!host || !/^https?:/.test(base)) {
    return {
      ok: false,
      latencyMs: 0,
      error: {
        code: 'PROBE_BAD_URL',
        message: `"${settings.baseURL}" is not an http(s) address.`,
        remedy: 'Enter the server address, e.g. http://127.0.0.1:11434/v1.',
      },
    };
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
  };

  const request = async (path: string, init: { method: string; body?: unknown }): Promise<Response> => {
    try {
      return await fetchImpl(`${base}${path}`, {
        method: init.method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new ProbeFailure({
          code: 'PROBE_TIMEOUT',
          message: `${host} did not answer within ${timeoutMs / 1000} s.`,
          remedy: 'Check that the server is running and not busy loading a model, or raise the timeout.',
        });
      }
      const code = networkCode(error);
      throw new ProbeFailure({
        code: 'PROBE_UNREACHABLE',
        message:
          code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? `The host ${host} was not found.`
            : `Nothing answers at ${host}${code ? ` (${code})` : ''}.`,
        remedy:
          "Start the model server (e.g. `ollama serve`, LM Studio's server, llama-server) or correct the address and port.",
      });
    }
  };
  const failFor = async (res: Response, what: string): Promise<never> => {
    const text = await res.text().catch(() => '');
    if (res.status === 401 || res.status === 403) {
      throw new ProbeFailure({
        code: 'PROBE_BAD_KEY',
        message: `The server refused the API key (${res.status}).`,
        remedy: 'Paste a valid API key for this provider in Settings.',
      });
    }
    if (res.status === 404 && /model/i.test(text)) {
      throw new ProbeFailure({
        code: 'PROBE_MODEL_NOT_FOUND',
        message: `The model "${settings.model}" is not available on ${host}.`,
        remedy: 'Pick one of the listed models, or pull/load it on the server first (e.g. `ollama pull`).',
      });
    }
    throw new ProbeFailure({
      code: 'PROBE_HTTP_ERROR',
      message: `${what} failed with HTTP ${res.status}: ${text.slice(0, 200)}`,
      remedy: 'Check that the address points to an OpenAI-compatible /v1 endpoint.',
    });
  };
  const chatBody = (extra: Record<string, unknown>): Record<string, unknown> => ({
    model: settings.model,
    messages: [{ role: 'user', content: 'Reply with the JSON {"ok": true} and nothing else.' }],
    max_tokens: 20,
    ...extra,
  });
  const answersJson = async (res: Response): Promise<boolean> => {
    const data = (await res.json().catch(() => undefined)) as
      { choices?: Array<{ message?: { content?: string } }> } | undefined;
    const content = data?.choices?.[0]?.message?.content ?? '';
    try {
      return typeof JSON.parse(content) === 'object';
    } catch {
      return false;
    }
  };

  let latencyMs = 0;
  const result: ProbeResult = { ok: false, latencyMs };
  try {
    const listed = await request('/models', { method: 'GET' });
    if (listed.ok) {
      const data = (await listed.json().catch(() => undefined)) as
        { data?: Array<{ id?: unknown }> } | undefined;
      result.models = (data?.data ?? []).map((m) => String(m.id ?? '')).filter(Boolean);
      if (result.models.length > 0 && !result.models.some((m) => sameModel(m, settings.model))) {
        throw new ProbeFailure({
          code: 'PROBE_MODEL_NOT_FOUND',
          message: `The model "${settings.model}" is not among the ${result.models.length} models ${host} lists.`,
          remedy: `Pick one of: ${result.models.slice(0, 8).join(', ')}.`,
        });
      }
    } else if (listed.status !== 404) {
      await failFor(listed, 'Listing models'); // Some servers have no /models; the chat probe decides then.
    }
    const started = Date.now();
    const schema = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] };
    const js = await request('/chat/completions', {
      method: 'POST',
      body: chatBody({ response_format: { type: 'json_schema', json_schema: { name: 'probe', schema } } }),
    });
    latencyMs = result.latencyMs = Date.now() - started;
    if (js.ok) result.supportsJsonSchema = await answersJson(js);
    else if (js.status === 400 || js.status === 422) result.supportsJsonSchema = false;
    else await failFor(js, 'A test completion');
    if (!result.supportsJsonSchema) {
      const jo = await request('/chat/completions', {
        method: 'POST',
        body: chatBody({ response_format: { type: 'json_object' } }),
      });
      result.supportsJsonObject = jo.ok ? await answersJson(jo) : false;
      if (!jo.ok) await jo.text().catch(() => '');
    }
    const streamed = await request('/chat/completions', {
      method: 'POST',
      body: chatBody({ stream: true, stream_options: { include_usage: true } }),
    });
    result.supportsStreamUsage = streamed.ok
      ? (await readSse(streamed)).some(
          (c) => c !== null && typeof c === 'object' && 'usage' in c && !!c.usage,
        )
      : false;
    if (!streamed.ok) await streamed.text().catch(() => '');
    result.ok = true;
    return result;
  } catch (error) {
    if (error instanceof ProbeFailure) return { ...result, ok: false, latencyMs, error: error.error };
    return {
      ...result,
      ok: false,
      latencyMs,
      error: {
        code: 'PROBE_HTTP_ERROR',
        message: error instanceof Error ? error.message : String(error),
        remedy: 'Check the address and try again.',
      },
    };
  }
}
