// A one-character create message also yields the character's role and a description, when it says them.
import { describe, expect, it } from 'vitest';
import { describeSingleCharacter, roleOf } from '../../../src-main/domain/character-description';

describe('describeSingleCharacter', () => {
  it('takes the role and the rest of the phrase as the description', () => {
    expect(
      describeSingleCharacter(
        'Create Sarah, a stubborn journalist who never gives up; she is the protagonist',
        'Sarah',
        { occupation: 'journalist' },
      ),
    ).toEqual({
      role: 'protagonist',
      description: 'A stubborn journalist who never gives up.',
    });
  });

  it('moves a role the parser took for an occupation into the role', () => {
    expect(
      describeSingleCharacter('Add Marcus, the antagonist, a corrupt cop who hides a secret', 'Marcus', {
        occupation: 'antagonist',
      }),
    ).toEqual({
      role: 'antagonist',
      occupation: '',
      description: 'A corrupt cop who hides a secret.',
    });
  });

  it('adds nothing when the message only gives name, age and job', () => {
    expect(
      describeSingleCharacter('Create a character named Sarah, 28, journalist', 'Sarah', {
        age: 28,
        occupation: 'journalist',
      }),
    ).toEqual({});
    expect(
      describeSingleCharacter('Introduce Marcus, the bartender', 'Marcus', { occupation: 'bartender' }),
    ).toEqual({});
    expect(
      describeSingleCharacter('Create a character named Sarah, 28, journalist, the protagonist', 'Sarah', {
        age: 28,
        occupation: 'journalist',
      }),
    ).toEqual({ role: 'protagonist' });
  });

  it('reads roles strictly in messages and loosely in answers', () => {
    expect(roleOf('the main villain')).toBe('antagonist');
    expect(roleOf('a journalist on the main desk')).toBeUndefined();
    expect(roleOf('the lead', true)).toBe('protagonist');
  });
});
