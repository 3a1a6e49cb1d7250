// Scripted replies of the fake OpenAI-compatible server: what a test can ask it to answer, and the JSON it sends.

/** Token counts the fake reports; computed from the request and reply when not scripted. */
export interface FakeUsage {
  prompt: number;
  completion: number;
}

/** One scripted answer to one `POST /v1/chat/completions`. Every kind may add latency before answering. */
export type FakeReply = { latencyMs?: number } & (
  | { kind: 'text'; content: string; usage?: FakeUsage }
  | { kind: 'json'; value: unknown; usage?: FakeUsage }
  | { kind: 'tool_call'; name: string; arguments: unknown }
  /** Prose instead of JSON, or JSON cut off half-way. */
  | { kind: 'broken_json'; mode: 'prose' | 'truncated'; value?: unknown }
  | { kind: 'error'; status: number; message?: string; retryAfterSec?: number; retryAfterMs?: number }
  /** Accepts the request and never answers (until the server closes). */
  | { kind: 'hang' }
  /** Streams `afterChunks` content chunks, then destroys the socket (non-stream: destroys at once). */
  | { kind: 'drop_mid_stream'; content: string; afterChunks: number }
);

/** Shorthands for scripting replies. */
export const reply = {
  text: (content: string, extra: { latencyMs?: number; usage?: FakeUsage } = {}): FakeReply => ({
    kind: 'text',
    content,
    ...extra,
  }),
  json: (value: unknown, extra: { latencyMs?: number } = {}): FakeReply => ({
    kind: 'json',
    value,
    ...extra,
  }),
  toolCall: (name: string, args: unknown): FakeReply => ({ kind: 'tool_call', name, arguments: args }),
  prose: (): FakeReply => ({ kind: 'broken_json', mode: 'prose' }),
  truncated: (value: unknown): FakeReply => ({ kind: 'broken_json', mode: 'truncated', value }),
  error: (
    status: number,
    extra: { retryAfterSec?: number; retryAfterMs?: number; message?: string } = {},
  ): FakeReply => ({ kind: 'error', status, ...extra }),
  hang: (): FakeReply => ({ kind: 'hang' }),
  dropMidStream: (content: string, afterChunks = 2): FakeReply => ({
    kind: 'drop_mid_stream',
    content,
    afterChunks,
  }),
};

/** The assistant text a reply carries (for text-like kinds). */
export function replyContent(r: FakeReply): string {
  switch (r.kind) {
    case 'text':
      return r.content;
    case 'json':
      return JSON.stringify(r.value);
    case 'broken_json':
      if (r.mode === 'prose')
        return 'I think this message is mostly small talk, so there is nothing to structure here.';
      return JSON.stringify(r.value ?? { intent: 'chat', confidence: 0.5, params: {} }).slice(0, -7);
    case 'drop_mid_stream':
      return r.content;
    default:
      return '';
  }
}

/** Rough token count: words and punctuation runs (enough for usage assertions). */
export function countTokens(text: string): number {
  return (text.match(/\w+|[^\s\w]+/g) ?? []).length;
}

/** Splits text into stream chunks of one word (with its following space) each, so order is observable. */
export function splitChunks(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

interface CompletionIds {
  id: string;
  model: string;
  created: number;
}

/** A non-streaming `chat.completion` body. */
export function completionBody(ids: CompletionIds, r: FakeReply, usage: FakeUsage): unknown {
  const message =
    r.kind === 'tool_call'
      ? {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: r.name, arguments: JSON.stringify(r.arguments) },
            },
          ],
        }
      : { role: 'assistant', content: replyContent(r) };
  return {
    id: ids.id,
    object: 'chat.completion',
    created: ids.created,
    model: ids.model,
    choices: [
      { index: 0, message, finish_reason: r.kind === 'tool_call' ? 'tool_calls' : 'stop', logprobs: null },
    ],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  };
}

/** One `chat.completion.chunk` SSE payload. */
export function chunkBody(
  ids: CompletionIds,
  delta: Record<string, unknown>,
  finish: string | null,
): unknown {
  return {
    id: ids.id,
    object: 'chat.completion.chunk',
    created: ids.created,
    model: ids.model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  };
}

/** The final usage chunk (sent when the request asked for `stream_options.include_usage`). */
export function usageChunkBody(ids: CompletionIds, usage: FakeUsage): unknown {
  return {
    id: ids.id,
    object: 'chat.completion.chunk',
    created: ids.created,
    model: ids.model,
    choices: [],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  };
}

/** An OpenAI-style error body. */
export function errorBody(status: number, message: string, code: string | null = null): unknown {
  const type =
    status === 401
      ? 'invalid_api_key'
      : status === 429
        ? 'rate_limit_exceeded'
        : status >= 500
          ? 'server_error'
          : 'invalid_request_error';
  return { error: { message, type, param: null, code: code ?? type } };
}
