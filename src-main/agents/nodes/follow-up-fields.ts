// Turns an answer into the value of the field a follow-up asked for (role, description, a scene's location or cast…).
import { roleOf, type Role } from '../../domain/character-description';
import { findCharacter, findLocation } from '../../domain/find-by-name';
import { AppFailure } from '../../shared/failure';
import type { ChangeBuilder } from '../../store/change-builder';

export const ROLE_CHOICES = ['protagonist', 'antagonist', 'supporting', 'minor'].map((r) => ({
  label: r[0]!.toUpperCase() + r.slice(1),
  command: r,
}));

/** The role named in an answer to "which role?". */
export const roleIn = (text: string): Role | undefined => roleOf(text, true);

const splitNames = (text: string): string[] =>
  text
    .replace(/^(?:add|with|it'?s|they'?re)\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((s) => s.trim().replace(/[.!]$/, ''))
    .filter(Boolean);

/**
 * Builds the patch for `field` of an existing entity from the user's answer, creating referenced
 * entities (a new location, new characters) in the same change when the answer names unknown ones.
 */
export function patchFromAnswer(
  builder: ChangeBuilder,
  field: string,
  answer: string,
): Record<string, unknown> {
  const text = answer.trim();
  switch (field) {
    case 'role': {
      const role = roleIn(text);
      if (!role)
        throw new AppFailure(
          'FOLLOW_UP_UNCLEAR',
          'Pick one role: protagonist, antagonist, supporting or minor.',
        );
      return { role };
    }
    case 'age': {
      const age = Number(/\d+/.exec(text)?.[0]);
      if (!Number.isInteger(age))
        throw new AppFailure('FOLLOW_UP_UNCLEAR', 'Give the age as a number, for example 32.');
      return { age };
    }
    case 'locationId': {
      // "in the Depot": try the place with and without its article before creating a twin of a known location.
      const place = text.replace(/^(?:at|in|on|inside)\s+/i, '').replace(/[.!]$/, '');
      const name = place.replace(/^the\s+/i, '');
      const existing = findLocation(builder.work, place) ?? findLocation(builder.work, name);
      const id =
        existing?.id ??
        builder.create('location', { name: name.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) }).id;
      return { locationId: id };
    }
    case 'characterIds': {
      const ids = splitNames(text).map(
        (name) => findCharacter(builder.work, name)?.id ?? builder.create('character', { name }).id,
      );
      if (!ids.length) throw new AppFailure('FOLLOW_UP_UNCLEAR', 'Name the characters, separated by commas.');
      return { characterIds: ids };
    }
    default:
      return { [field]: text };
  }
}
