// Getting JSON out of a model's answer: strict parse first, then one repair pass (fences, trailing commas, first block, truncation).

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * No answer we ask for nests deeper than this. A hostile reply of 400,000 brackets costs JSON.parse ~1 s and tens
 * of MB, and the repair scan would be quadratic in the depth: such text is refused before either runs.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether brackets outside strings nest deeper than `max` anywhere in the text (one linear, string-aware scan). */
export function nestsDeeperThan(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
  }
  return false;
}

/** A parser's complaint made fit for a notice: V8 quotes the text, which may hold control characters. */
function cleanReason(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const clean = raw
    .replace(/[\u0000-\u001f\u007f\ufffd]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

/** The answer as JSON, exactly as sent (whitespace aside). */
export function parseJsonStrict(text: string): JsonParse {
  if (nestsDeeperThan(text)) return { ok: false, error: `nested deeper than ${MAX_JSON_DEPTH} levels` };
  try {
    return { ok: true, value: JSON.parse(text.trim()) };
  } catch (error) {
    return { ok: false, error: cleanReason(error) };
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Text inside the first ``` fence (```json or bare); the text itself when there is none. */
function stripFences(text: string): string {
  const fenced = /```[a-zA-Z]*\s*\n?([\s\S]*?)(?:```|$)/.exec(text);
  return fenced?.[1] !== undefined && fenced[1].trim() ? fenced[1] : text;
}

/** Typographic quotes and trailing commas, the two commonest near-JSON slips. */
function normalise(text: string): string {
  return text.replace(/[\u201C\u201D]/g, '"').replace(/,(\s*[}\]])/g, '$1');
}

/**
 * The first `{…}` or `[…]` block, string-aware. When the block never closes (the answer was cut off), the
 * longest prefix ending on a complete member is closed instead: dropping a half-written value beats
 * inventing its end ("Ad" for "Ada").
 */
function firstBlock(text: string): string[] {
  const start = text.search(/[{[]/);
  if (start < 0) return [];
  const stack: string[] = [];
  const cuts: Array<{ end: number; closers: string }> = [];
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      stack.pop();
      if (stack.length === 0) return [text.slice(start, i + 1)];
      cuts.push({ end: i + 1, closers: [...stack].reverse().join('') });
    } else if (c === ',') cuts.push({ end: i, closers: [...stack].reverse().join('') });
  }
  // Truncated: try closing the whole text, then each complete-member prefix from the longest down.
  const out: string[] = [];
  if (!inString) out.push(text.slice(start) + [...stack].reverse().join(''));
  for (const cut of cuts.reverse().slice(0, 40)) out.push(text.slice(start, cut.end) + cut.closers);
  return out;
}

/**
 * One repair pass over an answer that is not valid JSON. Returns the parsed value, or undefined when
 * nothing sensible could be recovered (the caller then re-asks the model).
 */
export function repairJson(text: string): unknown {
  if (nestsDeeperThan(text)) return undefined;
  const inner = normalise(stripFences(text)).trim();
  const direct = tryParse(inner);
  if (direct !== undefined) return direct;
  for (const candidate of firstBlock(inner)) {
    const value = tryParse(normalise(candidate));
    if (value !== undefined) return value;
  }
  return undefined;
}
