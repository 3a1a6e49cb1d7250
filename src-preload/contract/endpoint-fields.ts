// The fields every OpenAI-compatible endpoint in the settings shares (address, model, time limit), defined once.
import { z } from 'zod';

/** Whether `value` is an http(s) address: the only kind an endpoint (or a link leaving the app) may have. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** What a field says when its address is not http(s), with an address of the endpoint's own kind as example. */
export function httpUrlMessage(example: string): string {
  return `must be an http(s) address such as ${example}`;
}

/** An endpoint's address as typed; each endpoint says when it must be http(s) (the offline engine needs none). */
export const EndpointBaseUrlSchema = z.string().trim().max(2048);

/** The model an endpoint is asked for, by the name its server knows it by. */
export const EndpointModelSchema = z.string().trim().max(256);

/** One request's total time, retries included: from `minMs` (each endpoint's own floor) up to ten minutes. */
export function endpointTimeoutSchema(minMs: number) {
  return z.number().int().min(minMs).max(600_000);
}
