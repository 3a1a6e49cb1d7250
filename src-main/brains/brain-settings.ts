// What a model brain needs to run: endpoint, model, key, limits, prices and the endpoint's probed capabilities.

/** How structured output is requested from an endpoint (probed; the safest is a plain "JSON only" prompt). */
export type StructuredMode = 'json_schema' | 'json_object' | 'prompt';

/** Capabilities measured by `probeEndpoint`; without a probe the brain assumes the least (prompt, no stream usage). */
export interface EndpointCapabilities {
  structuredMode: StructuredMode;
  /** The server accepts `stream_options.include_usage` and reports usage at the end of a stream. */
  streamUsage: boolean;
}

/** Price of a model in US dollars per million tokens. */
export interface ModelPricing {
  inputPerMTok: number;
  outputPerMTok: number;
}

/** Settings of the OpenAI-compatible brain. */
export interface OpenAiBrainSettings {
  /** e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`. */
  baseURL: string;
  model: string;
  /** Local servers need none; a placeholder is sent so the client never reads OPENAI_API_KEY from the environment. */
  apiKey?: string;
  /** Total budget of one model call in ms, retries and back-off included (default 60 000). */
  timeoutMs?: number;
  /** Retries after the first attempt on 429/5xx/dropped connections (0–2, default 2). */
  maxRetries?: number;
  /** Price per model; `null` means free (local), undefined means look the model up in the pricing table. */
  pricing?: ModelPricing | null;
  capabilities?: EndpointCapabilities;
  /** Back-off between retries: `baseMs * 2^attempt` (±20 %), each wait capped at `maxMs`; retry-after wins when given. */
  backoff?: { baseMs?: number; maxMs?: number };
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_CAPABILITIES: EndpointCapabilities = { structuredMode: 'prompt', streamUsage: false };
