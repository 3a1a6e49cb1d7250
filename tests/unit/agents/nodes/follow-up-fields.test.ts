// follow-up-fields: an answer becomes the value of the asked-for field, creating referenced entities in the same change.
import { describe, expect, it } from 'vitest';
import { patchFromAnswer, ROLE_CHOICES, roleIn } from '../../../../src-main/agents/nodes/follow-up-fields';
import { AppFailure } from '../../../../src-main/shared/failure';
import { ChangeBuilder } from '../../../../src-main/store/change-builder';
import { castFile } from '../../domain/domain-fixtures';

const builderOf = () => {
  const cast = castFile();
  return {
    ...cast,
    builder: new ChangeBuilder(cast.file, { via: 'chat', provenance: { messageId: 'MSG1' } }),
  };
};

function unclear(fn: () => unknown): AppFailure {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('FOLLOW_UP_UNCLEAR');
    return error as AppFailure;
  }
  throw new Error('expected FOLLOW_UP_UNCLEAR');
}

describe('roleIn', () => {
  it.each([
    ['protagonist', 'protagonist'],
    ['She is the hero', 'protagonist'],
    ['the lead', 'protagonist'],
    ['main character', 'protagonist'],
    ['Antagonist', 'antagonist'],
    ['the villain', 'antagonist'],
    ['the main villain', 'antagonist'],
    ['his enemy', 'antagonist'],
    ['supporting', 'supporting'],
    ['a sidekick', 'supporting'],
    ['minor', 'minor'],
    ['just an extra', 'minor'],
    ['a cameo', 'minor'],
  ] as const)('%s → %s', (text, role) => {
    expect(roleIn(text)).toBe(role);
  });

  it('no role word (or only inside another word) → undefined', () => {
    expect(roleIn('a journalist')).toBeUndefined();
    expect(roleIn('mainland')).toBeUndefined();
    expect(roleIn('heroic')).toBeUndefined();
  });

  it('ROLE_CHOICES offers the four roles as clickable commands roleIn understands', () => {
    expect(ROLE_CHOICES.map((c) => c.command)).toEqual(['protagonist', 'antagonist', 'supporting', 'minor']);
    expect(ROLE_CHOICES.map((c) => c.label)).toEqual(['Protagonist', 'Antagonist', 'Supporting', 'Minor']);
    for (const c of ROLE_CHOICES) expect(roleIn(c.command)).toBe(c.command);
  });
});

describe('patchFromAnswer', () => {
  it('role: from a word in the answer; unclear answers throw FOLLOW_UP_UNCLEAR naming the options', () => {
    const { builder } = builderOf();
    expect(patchFromAnswer(builder, 'role', 'She is the villain.')).toEqual({ role: 'antagonist' });
    expect(unclear(() => patchFromAnswer(builder, 'role', 'a journalist')).message).toContain('protagonist');
    expect(builder.ops).toEqual([]);
  });

  it('age: the first number; no number throws', () => {
    const { builder } = builderOf();
    expect(patchFromAnswer(builder, 'age', "she's 32")).toEqual({ age: 32 });
    expect(patchFromAnswer(builder, 'age', '0')).toEqual({ age: 0 });
    unclear(() => patchFromAnswer(builder, 'age', 'thirty'));
  });

  it('locationId: an existing location by name ("at the harbor"), nothing created', () => {
    const { builder, ids } = builderOf();
    expect(patchFromAnswer(builder, 'locationId', 'at the harbor.')).toEqual({ locationId: ids.harbor });
    expect(patchFromAnswer(builder, 'locationId', 'in the Depot')).toEqual({ locationId: ids.warehouse });
    expect(builder.ops).toEqual([]);
  });

  it('locationId: an unknown place is created (capitalised) in the same change', () => {
    const { builder } = builderOf();
    const patch = patchFromAnswer(builder, 'locationId', 'the old lighthouse');
    expect(builder.ops).toHaveLength(1);
    const op = builder.ops[0]!;
    expect(op).toMatchObject({ type: 'location', before: null });
    expect((op.after as { name: string }).name).toBe('Old Lighthouse');
    expect(patch).toEqual({ locationId: op.id });
    expect((op.after as { createdVia: string; provenance: { messageId: string } }).provenance.messageId).toBe(
      'MSG1',
    );
  });

  it('characterIds: known names resolved (first names, aliases), unknown ones created', () => {
    const { builder, ids } = builderOf();
    const patch = patchFromAnswer(builder, 'characterIds', 'Sal, John and Zed.') as {
      characterIds: string[];
    };
    expect(patch.characterIds.slice(0, 2)).toEqual([ids.sarah, ids.john]);
    expect(builder.ops).toHaveLength(1);
    expect((builder.ops[0]!.after as { name: string }).name).toBe('Zed');
    expect(patch.characterIds[2]).toBe(builder.ops[0]!.id);
    expect(patchFromAnswer(builder, 'characterIds', 'with Maya & Sarah')).toEqual({
      characterIds: [ids.maya, ids.sarah],
    });
  });

  it('characterIds: an answer with no names throws', () => {
    const { builder } = builderOf();
    unclear(() => patchFromAnswer(builder, 'characterIds', ' , and '));
  });

  it('any other field takes the answer as text (trimmed)', () => {
    const { builder } = builderOf();
    expect(patchFromAnswer(builder, 'description', '  A corrupt officer.  ')).toEqual({
      description: 'A corrupt officer.',
    });
    expect(patchFromAnswer(builder, 'summary', 'They argue.')).toEqual({ summary: 'They argue.' });
  });
});
