// The endpoint fields shared by the chat provider and the image endpoint: one address rule, one model and time limit.
import { describe, expect, it } from 'vitest';
import {
  EndpointBaseUrlSchema,
  EndpointModelSchema,
  endpointTimeoutSchema,
  httpUrlMessage,
  isHttpUrl,
} from '../../../src-preload/contract/endpoint-fields';
import { ImageEndpointSchema } from '../../../src-preload/contract/image-endpoint';
import { AppSettingsSchema } from '../../../src-main/settings/app-settings';

describe('endpoint fields', () => {
  it('accepts only http(s) addresses', () => {
    expect(isHttpUrl('http://127.0.0.1:11434/v1')).toBe(true);
    expect(isHttpUrl('https://api.openai.com/v1')).toBe(true);
    for (const bad of ['ftp://x', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', ''])
      expect(isHttpUrl(bad)).toBe(false);
  });

  it('trims the address and model and bounds their length', () => {
    expect(EndpointBaseUrlSchema.parse('  http://x/v1 ')).toBe('http://x/v1');
    expect(EndpointBaseUrlSchema.safeParse(`http://${'a'.repeat(2048)}`).success).toBe(false);
    expect(EndpointModelSchema.parse(' qwen2.5 ')).toBe('qwen2.5');
    expect(EndpointModelSchema.safeParse('m'.repeat(257)).success).toBe(false);
  });

  it('bounds the time limit by each endpoint’s floor and ten minutes', () => {
    const timeout = endpointTimeoutSchema(5_000);
    expect(timeout.safeParse(4_999).success).toBe(false);
    expect(timeout.safeParse(600_000).success).toBe(true);
    expect(timeout.safeParse(600_001).success).toBe(false);
    expect(timeout.safeParse(5_000.5).success).toBe(false);
  });

  it('is the one rule both endpoints apply, each with its own example address', () => {
    const chat = AppSettingsSchema.safeParse({
      provider: 'custom',
      baseURL: 'ftp://x',
      model: 'm',
      timeoutMs: 60_000,
    });
    const image = ImageEndpointSchema.safeParse({ baseURL: 'ftp://x', model: 'gpt-image-1' });
    expect(chat.error?.issues[0]?.message).toBe(httpUrlMessage('http://127.0.0.1:11434/v1'));
    expect(image.error?.issues[0]?.message).toBe(httpUrlMessage('https://api.openai.com/v1'));
    expect(
      ImageEndpointSchema.safeParse({ baseURL: 'http://x/v1', model: 'g', timeoutMs: 1_000 }).success,
    ).toBe(false);
    expect(
      AppSettingsSchema.safeParse({ provider: 'offline', baseURL: '', model: '', timeoutMs: 1_000 }).success,
    ).toBe(true);
  });
});
