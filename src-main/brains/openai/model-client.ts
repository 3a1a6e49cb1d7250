// One model call through ChatOpenAI with our own retry loop: back-off on 429/5xx, a total deadline, cancellation.
import type { ChatOpenAI } from '@langchain/openai';
import type { AIMessageChunk } from '@langchain/core/messages';
import type { BrainCall, BudgetHold } from '../brain';
import {
  DEFAULT_CAPABILITIES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type OpenAiBrainSettings,
} from '../brain-settings';
import {
  BrainCancelledError,
  classifyFailure,
  isRetryable,
  MAX_REPLY_CHARS,
  ModelCallError,
  type ClassifiedFailure,
} from './model-errors';
import { cappedFetch } from './capped-fetch';
import { estimateCallCostUsd, estimateCostUsd } from './pricing';

/** A chat message as the brain builds it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CompleteOptions {
  messages: ChatMessage[];
  /** Stream the answer (SSE); tokens go to `onToken` as they arrive. */
  stream: boolean;
  /** Sent as `response_format` (json_object or json_schema). */
  responseFormat?: Record<string, unknown>;
  onToken?: (text: string) => void;
  call?: BrainCall;
}

export interface CompleteResult {
  text: string;
  usage?: { promptTokens: number; completionTokens: number };
}

/** Placeholder key for servers that need none: passing one stops the SDK from reading OPENAI_API_KEY. */
const NO_KEY = 'storyloom-no-key';

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function toTuple(m: ChatMessage): [string, string] {
  return [m.role === 'assistant' ? 'ai' : m.role === 'user' ? 'human' : 'system', m.content];
}

/** Text of a reply; a tool call (some servers answer structured requests that way) counts as its JSON arguments. */
function replyText(
  message: AIMessageChunk | { text: string; tool_calls?: Array<{ args: unknown }> },
): string {
  const text = message.text;
  if (text) return text;
  const tool = message.tool_calls?.[0];
  return tool ? JSON.stringify(tool.args) : '';
}

/** The answer, or a `too_large` failure (never retried) when it passes MAX_REPLY_CHARS. */
function capped(text: string): string {
  if (text.length <= MAX_REPLY_CHARS) return text;
  throw new ModelCallError(
    'too_large',
    `The model's answer passed ${MAX_REPLY_CHARS} characters; the rest was not read.`,
  );
}

/**
 * Calls the model behind an OpenAI-compatible endpoint. LangChain's own retries are off (`maxRetries: 0`):
 * its defaults retry hung servers and prose-instead-of-JSON for minutes, and its back-off ignores our
 * deadline. Here every call has one total budget (`timeoutMs`), retries only what a retry can cure
 * (429, 5xx, dropped connections — never other 4xx), honours retry-after, and never retries a stream that
 * already delivered tokens (they are on the user's screen).
 */
export class ModelClient {
  readonly settings: OpenAiBrainSettings;
  private model: Promise<ChatOpenAI> | undefined;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;

  constructor(settings: OpenAiBrainSettings) {
    this.settings = settings;
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = Math.max(0, Math.min(2, settings.maxRetries ?? DEFAULT_MAX_RETRIES));
  }

  /** The LangChain client, created on the first call: loading @langchain/openai costs ~0.7 s that offline runs never need. */
  private chatModel(): Promise<ChatOpenAI> {
    this.model ??= import('@langchain/openai').then(
      ({ ChatOpenAI }) =>
        new ChatOpenAI({
          model: this.settings.model,
          apiKey: this.settings.apiKey || NO_KEY,
          configuration: { baseURL: this.settings.baseURL, fetch: cappedFetch },
          maxRetries: 0,
          timeout: this.timeoutMs,
          // Every stream would otherwise send stream_options.include_usage, which some local servers reject.
          streamUsage: (this.settings.capabilities ?? DEFAULT_CAPABILITIES).streamUsage,
        }),
    );
    return this.model;
  }

  /** One logical call (with retries inside the budget). Throws ModelCallError or BrainCancelledError. */
  async complete(options: CompleteOptions): Promise<CompleteResult> {
    const user = options.call?.signal;
    if (user?.aborted) throw new BrainCancelledError();
    // Loading the client library is start-up, not the model's answer time: it must not eat the call's budget.
    const model = await this.chatModel();
    const deadline = new AbortController();
    const started = Date.now();
    const timer = setTimeout(() => deadline.abort(new Error('deadline')), this.timeoutMs);
    const signal = user ? AbortSignal.any([user, deadline.signal]) : deadline.signal;
    let emitted = false;
    const onToken = (t: string): void => {
      emitted = true;
      options.onToken?.(t);
    };
    const estimateUsd = estimateCallCostUsd(
      this.settings.model,
      options.messages.reduce((n, m) => n + m.content.length, 0),
      this.settings.pricing,
    );
    const hold = this.reserve(options.call, estimateUsd);
    let spent = 0;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await this.attempt(model, options, signal, onToken);
          // A stream that was aborted ends quietly in LangChain; the signal tells the truth.
          if (signal.aborted) throw signal.reason;
          spent = this.reportUsage(result, options.call) ?? (hold ? estimateUsd : 0);
          return result;
        } catch (error) {
          const failure = classifyFailure(error, { ...(user ? { user } : {}), deadline: deadline.signal });
          if (failure.kind === 'cancelled') throw new BrainCancelledError();
          const delay = this.retryDelay(failure, attempt, emitted, this.timeoutMs - (Date.now() - started));
          if (delay === undefined) throw new ModelCallError(failure.kind, failure.message, failure.status);
          options.call?.onNotice?.({
            code: 'BRAIN_RETRY',
            message: `${failure.status !== undefined ? `The model server answered ${failure.status}` : 'The connection to the model server dropped'}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 2} of ${this.maxRetries + 1}).`,
          });
          try {
            await sleep(delay, signal);
          } catch {
            if (user?.aborted) throw new BrainCancelledError();
            throw new ModelCallError('timeout', 'The model did not answer in time.');
          }
        }
      }
    } finally {
      clearTimeout(timer);
      hold?.settle(spent);
    }
  }

  /**
   * Reserves the call's estimated cost against its budget before anything is sent; a refusal fails the call
   * (the brain falls back to the offline engine with a notice, a pipeline stage pauses the run).
   */
  private reserve(call: BrainCall | undefined, estimateUsd: number): BudgetHold | undefined {
    const gate = call?.budget;
    if (!gate) return undefined;
    const hold = gate.reserve(estimateUsd);
    if (!hold) throw new ModelCallError('budget_reached', 'The call would pass the spending budget.');
    return hold;
  }

  /** Wait before the next attempt, or undefined when there must be none. */
  private retryDelay(
    failure: ClassifiedFailure,
    attempt: number,
    emitted: boolean,
    remainingMs: number,
  ): number | undefined {
    if (!isRetryable(failure.kind) || attempt >= this.maxRetries || emitted) return undefined;
    const baseMs = this.settings.backoff?.baseMs ?? 500;
    const maxMs = this.settings.backoff?.maxMs ?? 8_000;
    const jitter = 0.8 + Math.random() * 0.4;
    const delay = Math.min(maxMs, failure.retryAfterMs ?? baseMs * 2 ** attempt * jitter);
    // Waiting past the budget only to time out is worse than failing now (the fallback is ready).
    return delay < remainingMs ? delay : undefined;
  }

  private async attempt(
    model: ChatOpenAI,
    options: CompleteOptions,
    signal: AbortSignal,
    onToken: (t: string) => void,
  ): Promise<CompleteResult> {
    const messages = options.messages.map(toTuple);
    const callOptions = {
      signal,
      ...(options.responseFormat ? { response_format: options.responseFormat as never } : {}),
    };
    if (!options.stream) {
      const message = await model.invoke(messages, callOptions);
      const u = message.usage_metadata;
      return {
        text: capped(replyText(message)),
        ...(u ? { usage: { promptTokens: u.input_tokens, completionTokens: u.output_tokens } } : {}),
      };
    }
    let text = '';
    let usage: CompleteResult['usage'];
    let tool: AIMessageChunk | undefined;
    for await (const chunk of await model.stream(messages, callOptions)) {
      const piece = chunk.text;
      if (piece) {
        // Leaving the loop closes the stream: the rest of an over-long answer is never read.
        text = capped(text + piece);
        onToken(piece);
      }
      if (chunk.tool_call_chunks?.length) tool = tool ? tool.concat(chunk) : chunk;
      const u = chunk.usage_metadata;
      if (u && (u.input_tokens || u.output_tokens))
        usage = { promptTokens: u.input_tokens, completionTokens: u.output_tokens };
    }
    if (!text && tool) text = capped(replyText(tool));
    return { text, ...(usage ? { usage } : {}) };
  }

  /**
   * Reports the call's usage and returns its cost; undefined when the server reported no usage (the caller
   * then charges the reserved estimate, so a cap still holds against such a server).
   */
  private reportUsage(result: CompleteResult, call: BrainCall | undefined): number | undefined {
    if (!result.usage) return undefined;
    const { promptTokens, completionTokens } = result.usage;
    const cost = estimateCostUsd(this.settings.model, promptTokens, completionTokens, this.settings.pricing);
    call?.onUsage?.({ promptTokens, completionTokens, ...(cost !== undefined ? { costUsd: cost } : {}) });
    return cost ?? 0;
  }
}
