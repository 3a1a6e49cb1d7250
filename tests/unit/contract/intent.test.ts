// Tests of the parsed-message contract: the schemas accept well-formed parses and reject bad ones.
import { describe, expect, it } from 'vitest';
import { IntentParamsSchema, IntentSchema, ParsedMessageSchema } from '../../../src-preload/contract/intent';
import { WorkflowStepIdSchema } from '../../../src-preload/contract/project';

describe('intent contract', () => {
  it('lists exactly the eleven intents of the design', () => {
    expect(IntentSchema.options).toEqual([
      'chat',
      'create',
      'bulk_create',
      'generate',
      'modify',
      'query',
      'advance',
      'simulate',
      'analyze',
      'export',
      'undo',
    ]);
  });

  it('accepts a full parse with every parameter kind', () => {
    const parsed = ParsedMessageSchema.parse({
      intent: 'create',
      confidence: 0.9,
      params: {
        entityType: 'character',
        count: 1,
        names: ['Sarah'],
        age: 28,
        occupation: 'journalist',
        gender: 'female',
        genre: 'heist',
        theme: 'space exploration',
        style: 'noir',
        mood: 'upbeat',
        durationSec: 120,
        targetStep: 'shot_list',
        format: 'fdx',
        participants: ['Sarah', 'John'],
        setting: 'the diner',
        attributes: { age: 32, traits: ['cynical'] },
        relationKind: 'family',
        operation: 'update',
        number: 3,
      },
    });
    expect(parsed.params.attributes).toEqual({ age: 32, traits: ['cynical'] });
  });

  it('rejects out-of-range confidence, unknown intents, formats and steps', () => {
    expect(ParsedMessageSchema.safeParse({ intent: 'chat', confidence: 1.5, params: {} }).success).toBe(
      false,
    );
    expect(ParsedMessageSchema.safeParse({ intent: 'dance', confidence: 0.5, params: {} }).success).toBe(
      false,
    );
    expect(IntentParamsSchema.safeParse({ format: 'docx' }).success).toBe(false);
    expect(IntentParamsSchema.safeParse({ count: 2.5 }).success).toBe(false);
    expect(IntentParamsSchema.safeParse({ relationKind: 'nemesis' }).success).toBe(false);
  });

  it('knows the workflow step ids plus brand', () => {
    expect(WorkflowStepIdSchema.options).toContain('scene_breakdown');
    expect(WorkflowStepIdSchema.options).toContain('brand');
    expect(WorkflowStepIdSchema.options).toHaveLength(11);
  });
});
