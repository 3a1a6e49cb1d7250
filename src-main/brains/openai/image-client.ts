// Draws one image on an OpenAI-compatible images API (POST /images/generations): timeouts, cancel, retries, clear errors.
import { AppFailure } from '../../shared/failure';
import { imageTypeOf, MAX_ASSET_BYTES } from '../../store/project-assets';
import { isRetryable, retryAfterMs, type ModelFailureKind } from './model-errors';

/** Where and how to draw: the image endpoint's settings and its key. */
export interface ImageRequestSettings {
  baseURL: string;
  model: string;
  size: string;
  timeoutMs: number;
  apiKey?: string;
}

export interface GeneratedImage {
  bytes: Uint8Array;
  mime: string;
  /** The prompt the model rewrote ours into (dall-e-3 does), kept for the record. */
  revisedPrompt?: string;
}

export interface ImageCallOptions {
  signal?: AbortSignal;
  /** Retries of 429/5xx/dropped connections (default 2), with backoff inside the timeout. */
  maxRetries?: number;
  backoffMs?: number;
  fetchImpl?: typeof fetch;
}

/** A JSON answer carrying a base64 image is large; anything past this is a broken or hostile server. */
const MAX_JSON_BYTES = Math.ceil((MAX_ASSET_BYTES * 4) / 3) + 1024 * 1024;

/** Why an image call failed, with the code, sentence and remedy the portrait status shows. */
export class ImageCallError extends AppFailure {
  constructor(
    readonly kind: ModelFailureKind | 'not_image',
    message: string,
    remedy: string,
    readonly status?: number,
  ) {
    super(`IMAGE_${kind.toUpperCase()}`, message, remedy);
    this.name = 'ImageCallError';
  }
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** The error for an HTTP answer that is not 2xx, in words that say what to do. */
function httpError(status: number, text: string, s: ImageRequestSettings): ImageCallError {
  const detail = serverMessage(text);
  const host = hostOf(s.baseURL);
  if (status === 401 || status === 403)
    return new ImageCallError(
      'auth',
      `The image endpoint ${host} refused the API key (${status})${detail}.`,
      'Paste a valid API key for the image endpoint in Settings → Image endpoint.',
      status,
    );
  if (status === 404)
    return new ImageCallError(
      'not_found',
      /model/i.test(text)
        ? `The image model "${s.model}" is not available on ${host}${detail}.`
        : `${host} has no images API at ${s.baseURL.replace(/\/+$/, '')}/images/generations (404).`,
      'Check the image endpoint address (it ends in /v1 for OpenAI-compatible servers) and the model name.',
      status,
    );
  if (status === 429)
    return new ImageCallError(
      'rate_limited',
      `The image endpoint kept rate-limiting requests (429)${detail}.`,
      'Wait a minute and retry the task, or check the plan and quota of the account.',
      status,
    );
  if (status >= 500)
    return new ImageCallError(
      'server',
      `The image endpoint kept failing (HTTP ${status})${detail}.`,
      'Retry the task later; if it persists, check the image server.',
      status,
    );
  return new ImageCallError(
    'bad_request',
    `The image endpoint rejected the request (HTTP ${status})${detail}.`,
    'Check the image model and size in Settings → Image endpoint; some models accept only certain sizes.',
    status,
  );
}

function serverMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string' && message.trim()) return `: ${message.trim().slice(0, 300)}`;
  } catch {
    /* not JSON: the status says enough */
  }
  return '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Reads a body up to `max` bytes; past it the request is abandoned. */
async function readCapped(res: Response, max: number, what: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  const tooLarge = () =>
    new ImageCallError(
      'too_large',
      `${what} is larger than ${Math.round(max / 1024 / 1024)} MB.`,
      'Pick a smaller image size in Settings → Image endpoint.',
    );
  if (declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body ?? []) {
    total += (chunk as Uint8Array).byteLength;
    if (total > max) throw tooLarge();
    chunks.push(chunk as Uint8Array);
  }
  return Buffer.concat(chunks);
}

const notImage = (what: string): ImageCallError =>
  new ImageCallError(
    'not_image',
    `The image endpoint answered, but ${what}.`,
    'Check that the address points to an OpenAI-compatible images API (POST /v1/images/generations) and that the model draws images.',
  );

/** The image of an answer: `data[0].b64_json`, or `data[0].url` fetched (both checked to be a real image). */
async function imageOf(body: unknown, signal: AbortSignal, fetchImpl: typeof fetch): Promise<GeneratedImage> {
  const first = (body as { data?: unknown[] } | null)?.data?.[0] as
    { b64_json?: unknown; url?: unknown; revised_prompt?: unknown } | undefined;
  let bytes: Uint8Array;
  if (typeof first?.b64_json === 'string' && first.b64_json) {
    bytes = Buffer.from(first.b64_json, 'base64');
  } else if (typeof first?.url === 'string' && /^https?:\/\//.test(first.url)) {
    const res = await fetchImpl(first.url, { signal });
    if (!res.ok) throw notImage(`the image link it gave answered HTTP ${res.status}`);
    bytes = await readCapped(res, MAX_ASSET_BYTES, 'The image');
  } else throw notImage('its reply holds no image (neither data[0].b64_json nor data[0].url)');
  const type = imageTypeOf(bytes);
  if (!type) throw notImage('what it sent is not a PNG, JPEG, GIF or WebP image');
  if (bytes.length > MAX_ASSET_BYTES) throw notImage('the image is larger than 20 MB');
  const revised = typeof first.revised_prompt === 'string' ? first.revised_prompt.slice(0, 4_000) : undefined;
  return { bytes, mime: type.mime, ...(revised ? { revisedPrompt: revised } : {}) };
}

/** One attempt: the request, its HTTP errors, and the image of a 2xx answer. */
async function attempt(
  s: ImageRequestSettings,
  prompt: string,
  signal: AbortSignal,
  fetchImpl: typeof fetch,
): Promise<GeneratedImage> {
  const res = await fetchImpl(`${s.baseURL.replace(/\/+$/, '')}/images/generations`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(s.apiKey ? { authorization: `Bearer ${s.apiKey}` } : {}),
    },
    body: JSON.stringify({ model: s.model, prompt, size: s.size, n: 1, response_format: 'b64_json' }),
    signal,
  });
  const raw = await readCapped(res, MAX_JSON_BYTES, "The image endpoint's answer");
  const text = Buffer.from(raw).toString('utf8');
  if (!res.ok) throw Object.assign(httpError(res.status, text, s), { headers: res.headers });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw notImage('its reply is not JSON');
  }
  return imageOf(body, signal, fetchImpl);
}

/** The first system error code (ECONNREFUSED…) along an error's causes (fetch wraps it once or twice). */
function networkCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    const { code, errors, cause } = e as { code?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof code === 'string' && /^E[A-Z]+/.test(code)) return code;
    e = cause ?? errors?.[0];
  }
  return undefined;
}

/** What went wrong in an attempt, once the signals have been asked whether it was a cancel or our timeout. */
function classify(
  error: unknown,
  user: AbortSignal | undefined,
  deadline: AbortSignal,
  s: ImageRequestSettings,
) {
  if (user?.aborted)
    return new ImageCallError(
      'cancelled',
      'The portrait was cancelled.',
      'Generate it again when you are ready.',
    );
  if (deadline.aborted)
    return new ImageCallError(
      'timeout',
      `The image endpoint ${hostOf(s.baseURL)} did not answer within ${Number((s.timeoutMs / 1000).toFixed(1))} s.`,
      'Retry the task; if the server is slow, raise the image timeout in Settings → Image endpoint.',
    );
  if (error instanceof ImageCallError) return error;
  const code = networkCode(error);
  const refused = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  return new ImageCallError(
    refused ? 'unreachable' : 'connection',
    refused
      ? `Nothing answers at ${hostOf(s.baseURL)}${typeof code === 'string' ? ` (${code})` : ''}.`
      : `The connection to the image endpoint dropped (${error instanceof Error ? error.message : String(error)}).`,
    'Check the image endpoint address and that its server is running, then retry the task.',
  );
}

/**
 * Asks the images API for one image of `prompt`. Retries rate limits, server errors and dropped connections with
 * backoff inside the timeout; never retries a refused key, a missing endpoint or a reply without an image.
 * Throws ImageCallError (its code, message and remedy are what the portrait status shows).
 */
export async function generateImage(
  settings: ImageRequestSettings,
  prompt: string,
  options: ImageCallOptions = {},
): Promise<GeneratedImage> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const maxRetries = options.maxRetries ?? 2;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error('deadline')), settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  try {
    for (let tries = 0; ; tries++) {
      try {
        if (signal.aborted) throw signal.reason;
        return await attempt(settings, prompt, signal, fetchImpl);
      } catch (error) {
        const failure = classify(error, options.signal, deadline.signal, settings);
        if (!isRetryableImage(failure) || tries >= maxRetries) throw failure;
        const wait = retryAfterMs(error) ?? (options.backoffMs ?? 1_000) * 2 ** tries;
        await sleep(Math.min(wait, 30_000), signal).catch(() => {
          throw classify(undefined, options.signal, deadline.signal, settings);
        });
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

function isRetryableImage(failure: ImageCallError): boolean {
  return failure.kind !== 'not_image' && isRetryable(failure.kind);
}
