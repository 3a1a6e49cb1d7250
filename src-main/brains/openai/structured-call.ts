// Structured output: ask for JSON → validate with zod → one repair pass → one re-ask → the offline fallback, visibly.
import { z } from 'zod';
import type { BrainCall, StructuredRequest } from '../brain';
import type { StructuredMode } from '../brain-settings';
import { describeZodError } from '../../shared/zod-issue';
import { BrainCancelledError, describeFailure, ModelCallError } from './model-errors';
import type { ChatMessage, ModelClient } from './model-client';
import { parseJsonStrict, repairJson } from './json-repair';

/** What the structured pipeline needs from the brain. */
export interface StructuredDeps {
  client: ModelClient;
  /** Current way of asking for JSON (may be downgraded when the server rejects response_format). */
  mode(): StructuredMode;
  /** Called when the server rejected response_format: later calls use a plain prompt. */
  downgrade(): void;
  /**
   * Whether a request asking to stream may: only when a stream still reports usage (or the model is free), since
   * a stream without usage would blind the run's budget.
   */
  canStream(): boolean;
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const jsonSchemas = new WeakMap<z.ZodType, Record<string, unknown> | null>();

/** The request's JSON Schema (converted once per schema), or undefined when it cannot be expressed (transforms…). */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> | undefined {
  let converted = jsonSchemas.get(schema);
  if (converted === undefined) {
    try {
      converted = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
    } catch {
      converted = null;
    }
    jsonSchemas.set(schema, converted);
  }
  return converted ?? undefined;
}

/** Validates; a lone wrapper key (`{"result": {...}}`) is a common slip worth unwrapping. */
function check<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const direct = schema.safeParse(value);
  if (direct.success) return { ok: true, value: direct.data };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[1] && typeof entries[0][1] === 'object') {
      const inner = schema.safeParse(entries[0][1]);
      if (inner.success) return { ok: true, value: inner.data };
    }
  }
  return { ok: false, error: describeZodError(direct.error).message };
}

/** Strict parse + validation; on failure, one repair pass. */
function interpret<T>(schema: z.ZodType<T>, text: string): Checked<T> & { repaired?: boolean } {
  if (!text.trim()) return { ok: false, error: 'the answer was empty' };
  const strict = parseJsonStrict(text);
  const first = strict.ok
    ? check(schema, strict.value)
    : ({ ok: false, error: `not valid JSON (${strict.error})` } as const);
  if (first.ok) return first;
  const repaired = repairJson(text);
  if (repaired === undefined) return first;
  const second = check(schema, repaired);
  return second.ok ? { ...second, repaired: true } : second;
}

function safeName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]+/g, '_').slice(0, 64) || 'result';
}

/** The schema goes in the prompt in every mode: servers that ignore response_format still see it, and a downgrade needs no rebuild. */
function buildMessages(
  request: StructuredRequest<unknown>,
  schema: Record<string, unknown> | undefined,
): ChatMessage[] {
  const shape = schema ? `\nIt must match this JSON Schema:\n${JSON.stringify(schema)}` : '';
  const system = `${request.system}\n\nAnswer with JSON only: a single JSON value for the ${request.name}, with no prose and no code fences.${shape}`;
  const examples = (request.examples ?? []).flatMap((e): ChatMessage[] => [
    { role: 'user', content: e.user },
    { role: 'assistant', content: e.answer },
  ]);
  return [{ role: 'system', content: system }, ...examples, { role: 'user', content: request.user }];
}

function responseFormat(
  mode: StructuredMode,
  name: string,
  schema: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (mode === 'json_object') return { type: 'json_object' };
  if (mode === 'json_schema' && schema)
    return { type: 'json_schema', json_schema: { name: safeName(name), schema, strict: false } };
  return undefined;
}

async function fallback<T>(
  request: StructuredRequest<T>,
  call: BrainCall | undefined,
  why: string,
): Promise<T> {
  call?.onNotice?.({
    code: 'BRAIN_FALLBACK_OFFLINE',
    message: `Used the offline engine for the ${request.name}: ${why}.`,
  });
  return request.fallback();
}

/**
 * Runs one structured request. Model trouble of any kind ends in `request.fallback()` with a visible
 * BRAIN_FALLBACK_OFFLINE notice; only a cancellation propagates (as BrainCancelledError).
 */
export async function runStructured<T>(
  deps: StructuredDeps,
  request: StructuredRequest<T>,
  call?: BrainCall,
): Promise<T> {
  const schema = jsonSchemaOf(request.schema);
  const streamed = request.stream === true && deps.canStream();
  const tokens = streamed && call?.onToken ? { onToken: call.onToken } : {};
  // json_schema goes through the stream path: the SDK's non-stream parse() throws away an unparsable answer,
  // and the raw text is exactly what the repair pass needs.
  const ask = async (messages: ChatMessage[]): Promise<string> => {
    const mode = deps.mode();
    const format = responseFormat(mode, request.name, schema);
    try {
      return (
        await deps.client.complete({
          messages,
          stream: mode === 'json_schema' || streamed,
          ...tokens,
          ...(format ? { responseFormat: format } : {}),
          ...(call ? { call } : {}),
        })
      ).text;
    } catch (error) {
      if (error instanceof ModelCallError && error.kind === 'bad_request' && format) {
        deps.downgrade();
        return (
          await deps.client.complete({
            messages,
            stream: streamed,
            ...tokens,
            ...(call ? { call } : {}),
          })
        ).text;
      }
      throw error;
    }
  };
  let why: string;
  try {
    const messages = buildMessages(request as StructuredRequest<unknown>, schema);
    const firstText = await ask(messages);
    const first = interpret(request.schema, firstText);
    if (first.ok) {
      if (first.repaired)
        call?.onNotice?.({
          code: 'BRAIN_REPAIRED',
          message: `Repaired the model's JSON for the ${request.name}.`,
        });
      return first.value;
    }
    const reask: ChatMessage[] = [
      ...messages,
      { role: 'assistant', content: firstText },
      {
        role: 'user',
        content: `That answer was not usable: ${first.error}. Answer again with only the corrected JSON.`,
      },
    ];
    const second = interpret(request.schema, await ask(reask));
    if (second.ok) {
      if (second.repaired)
        call?.onNotice?.({
          code: 'BRAIN_REPAIRED',
          message: `Repaired the model's JSON for the ${request.name}.`,
        });
      return second.value;
    }
    why = `the model's answer was still not valid after a re-ask (${second.error})`;
  } catch (error) {
    if (error instanceof BrainCancelledError) throw error;
    why =
      error instanceof ModelCallError
        ? describeFailure(error.kind)
        : error instanceof Error
          ? error.message
          : String(error);
  }
  // Outside the try: a failing fallback is a bug of ours and must surface, not loop.
  return fallback(request, call, why);
}
