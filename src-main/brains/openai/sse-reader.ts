// Reads a server-sent-events body of an OpenAI-style stream into its JSON payloads (used by the endpoint probe).

/** All `data:` payloads of a finished SSE response, parsed; `[DONE]` and unparsable lines are skipped. */
export async function readSse(res: Response): Promise<unknown[]> {
  const text = await res.text();
  const out: unknown[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('data:')) continue;
    const payload = line.slice(5).trim();
    if (!payload || payload === '[DONE]') continue;
    try {
      out.push(JSON.parse(payload));
    } catch {
      // A malformed event does not make the stream unusable for the probe.
    }
  }
  return out;
}
