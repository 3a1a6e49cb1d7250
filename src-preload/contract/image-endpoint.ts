// The optional image endpoint (an OpenAI-compatible images API) that draws character portraits: its settings schema.
import { z } from 'zod';

/** Sizes the OpenAI images API and its look-alikes accept ("auto" lets gpt-image-1 choose). */
const SIZE = /^(auto|\d{2,4}x\d{2,4})$/;

const httpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** The image endpoint as stored in settings.json (its API key lives in the secret store, never here). */
export const ImageEndpointSchema = z.strictObject({
  baseURL: z
    .string()
    .trim()
    .max(2048)
    .refine(httpUrl, 'must be an http(s) address such as https://api.openai.com/v1'),
  model: z.string().trim().min(1, 'must name an image model such as gpt-image-1 or dall-e-3').max(256),
  size: z.string().trim().regex(SIZE, 'must be WIDTHxHEIGHT (e.g. 1024x1024) or auto').default('1024x1024'),
  /** One image request, retries included (image models are slow: a minute is common). */
  timeoutMs: z.number().int().min(5_000).max(600_000).default(180_000),
});
export type ImageEndpoint = z.infer<typeof ImageEndpointSchema>;

/** What `settings:update` accepts for the image endpoint: the fields, or null to remove it. */
export const ImageEndpointPatchSchema = ImageEndpointSchema.nullable();

/** Which stored API key `settings:setApiKey` changes: the chat provider's (default) or the image endpoint's. */
export const ApiKeyTargetSchema = z.enum(['model', 'image']);
export type ApiKeyTarget = z.infer<typeof ApiKeyTargetSchema>;
