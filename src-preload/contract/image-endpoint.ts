// The optional image endpoint (an OpenAI-compatible images API) that draws character portraits: its settings schema.
import { z } from 'zod';
import {
  EndpointBaseUrlSchema,
  EndpointModelSchema,
  endpointTimeoutSchema,
  httpUrlMessage,
  isHttpUrl,
} from './endpoint-fields';

/** Sizes the OpenAI images API and its look-alikes accept ("auto" lets gpt-image-1 choose). */
const SIZE = /^(auto|\d{2,4}x\d{2,4})$/;

/** The image endpoint as stored in settings.json (its API key lives in the secret store, never here). */
export const ImageEndpointSchema = z.strictObject({
  baseURL: EndpointBaseUrlSchema.refine(isHttpUrl, httpUrlMessage('https://api.openai.com/v1')),
  model: EndpointModelSchema.min(1, 'must name an image model such as gpt-image-1 or dall-e-3'),
  size: z.string().trim().regex(SIZE, 'must be WIDTHxHEIGHT (e.g. 1024x1024) or auto').default('1024x1024'),
  /** One image request, retries included (image models are slow: a minute is common). */
  timeoutMs: endpointTimeoutSchema(5_000).default(180_000),
});
export type ImageEndpoint = z.infer<typeof ImageEndpointSchema>;

/** What `settings:update` accepts for the image endpoint: the fields, or null to remove it. */
export const ImageEndpointPatchSchema = ImageEndpointSchema.nullable();

/** Which stored API key `settings:setApiKey` changes: the chat provider's (default) or the image endpoint's. */
export const ApiKeyTargetSchema = z.enum(['model', 'image']);
export type ApiKeyTarget = z.infer<typeof ApiKeyTargetSchema>;
