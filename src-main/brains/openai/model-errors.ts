// Classifies what went wrong in a model call (cancel, timeout, 429, 5xx, 4xx, network) and what a retry may do.
import { assertNever } from '../../shared/assert';
import { AppFailure } from '../../shared/failure';

/** Why a model call failed, as far as retries and messages care. */
export type ModelFailureKind =
  | 'cancelled'
  | 'timeout'
  | 'rate_limited'
  | 'server'
  | 'auth'
  | 'not_found'
  | 'bad_request'
  | 'unreachable'
  | 'connection'
  | 'empty_reply'
  | 'too_large'
  | 'budget_reached';

/**
 * The longest model answer accepted, in characters. A chat reply or a structured answer is a few KB; far more
 * is a broken or hostile server, and keeping it would cost memory and could not be saved in the chat log.
 */
export const MAX_REPLY_CHARS = 1_000_000;

/** A model call that failed for good (after any retries). */
export class ModelCallError extends AppFailure {
  readonly kind: ModelFailureKind;
  readonly status?: number;

  constructor(kind: ModelFailureKind, message: string, status?: number) {
    super(`MODEL_${kind.toUpperCase()}`, message);
    this.name = 'ModelCallError';
    this.kind = kind;
    if (status !== undefined) this.status = status;
  }
}

/** The caller cancelled the call through its AbortSignal: never a fallback, the run stops. */
export class BrainCancelledError extends AppFailure {
  constructor() {
    super('CANCELLED', 'The model call was cancelled.');
    // AbortError is the name every JS caller already checks for.
    this.name = 'AbortError';
  }
}

export interface ClassifiedFailure {
  kind: ModelFailureKind;
  status?: number;
  /** The server's retry-after hint in ms (retry-after-ms, retry-after seconds or HTTP date). */
  retryAfterMs?: number;
  message: string;
}

/** True for failures a retry can cure: rate limits, server errors and dropped connections. */
export function isRetryable(kind: ModelFailureKind): boolean {
  return kind === 'rate_limited' || kind === 'server' || kind === 'connection';
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function header(error: unknown, name: string): string | undefined {
  const headers = field(error, 'headers') ?? field(field(error, 'response'), 'headers');
  if (!headers || typeof headers !== 'object') return undefined;
  const get = field(headers, 'get');
  if (typeof get === 'function')
    return (get as (n: string) => string | null).call(headers, name) ?? undefined;
  const v = field(headers, name);
  return typeof v === 'string' ? v : undefined;
}

/** Parses retry-after-ms / retry-after (seconds or an HTTP date) into ms. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const ms = Number(header(error, 'retry-after-ms'));
  if (header(error, 'retry-after-ms') !== undefined && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header(error, 'retry-after');
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/** The first ModelCallError along an error's cause chain. */
function modelCallErrorIn(error: unknown): ModelCallError | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e; depth++) {
    if (e instanceof ModelCallError) return e;
    e = field(e, 'cause');
  }
  return undefined;
}

/** The first `code` (ECONNREFUSED…) along an error's cause chain. */
function networkCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e; depth++) {
    const code = field(e, 'code');
    if (typeof code === 'string' && /^E[A-Z]+/.test(code)) return code;
    e = field(e, 'cause');
  }
  return undefined;
}

function status(error: unknown): number | undefined {
  const s = field(error, 'status') ?? field(field(error, 'response'), 'status');
  return typeof s === 'number' ? s : undefined;
}

/**
 * Classifies a thrown error. Which signal fired decides between a cancel (the user's) and a timeout (ours):
 * the SDK reports both as an abort.
 */
export function classifyFailure(
  error: unknown,
  signals: { user?: AbortSignal; deadline: AbortSignal },
): ClassifiedFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (signals.user?.aborted) return { kind: 'cancelled', message };
  if (signals.deadline.aborted) return { kind: 'timeout', message };
  // Our own failures (the reply-size cap) may come back wrapped by the SDK: look along the cause chain.
  const ours = modelCallErrorIn(error);
  if (ours)
    return {
      kind: ours.kind,
      message: ours.message,
      ...(ours.status !== undefined ? { status: ours.status } : {}),
    };
  const name = field(error, 'name');
  if (name === 'TimeoutError' || /timed out/i.test(message)) return { kind: 'timeout', message };
  const s = status(error);
  if (s !== undefined) {
    const after = retryAfterMs(error);
    const base = { status: s, message, ...(after !== undefined ? { retryAfterMs: after } : {}) };
    if (s === 429) return { kind: 'rate_limited', ...base };
    if (s >= 500) return { kind: 'server', ...base };
    if (s === 401 || s === 403) return { kind: 'auth', ...base };
    if (s === 404) return { kind: 'not_found', ...base };
    return { kind: 'bad_request', ...base };
  }
  const code = networkCode(error);
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH')
    return { kind: 'unreachable', message: `${message} (${code})` };
  return { kind: 'connection', message };
}

/** A sentence for the user explaining a failure (used in fallback notices). */
export function describeFailure(kind: ModelFailureKind): string {
  switch (kind) {
    case 'cancelled':
      return 'the call was cancelled';
    case 'timeout':
      return 'the model did not answer in time';
    case 'rate_limited':
      return 'the model server kept rate-limiting requests (429)';
    case 'server':
      return 'the model server kept failing (5xx)';
    case 'auth':
      return 'the API key was refused';
    case 'not_found':
      return 'the model or endpoint was not found';
    case 'bad_request':
      return 'the model server rejected the request';
    case 'unreachable':
      return 'the model server is unreachable';
    case 'connection':
      return 'the connection to the model server dropped';
    case 'empty_reply':
      return 'the model returned an empty answer';
    case 'too_large':
      return `the model's answer was longer than the ${MAX_REPLY_CHARS.toLocaleString('en-US')}-character limit`;
    case 'budget_reached':
      return 'the call would pass the spending budget';
    default:
      return assertNever(kind, 'failure kind');
  }
}
