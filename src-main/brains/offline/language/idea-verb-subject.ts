// Who a relation verb between two names is about: the first name, or the person a pronoun or possessive before it means.
import type { IdeaPerson } from './idea-person';
import { escapeRegex } from '../understand/text-utils';

/**
 * Who the verb between two names is about: "Lea will not come to his wedding to Ana" is the wedding of the "his",
 * the nearest earlier person of that gender, not Lea's.
 */
export function verbSubject(
  people: readonly IdeaPerson[],
  a: IdeaPerson,
  b: IdeaPerson,
  toName: string,
  verb: string,
): IdeaPerson {
  // "… when the mayor squeezes her, she hires a gunman — Lon": a pronoun subject is an earlier person's.
  const pronoun = new RegExp(`\\b(she|he)\\s+(?:\\p{Ll}+ly\\s+)?${escapeRegex(verb)}\\b`, 'iu').exec(
    toName,
  )?.[1];
  if (pronoun) return pronounSubject(people, a, b, pronoun.toLowerCase() === 'she' ? 'female' : 'male');
  const owner = new RegExp(`\\b(his|her)\\s+${escapeRegex(verb)}\\b`, 'i').exec(toName)?.[1]?.toLowerCase();
  if (!owner) return a;
  const gender = owner === 'his' ? 'male' : 'female';
  if (a.gender === gender) return a;
  const before = people.filter((q) => q !== b && q.mention.first < b.mention.first);
  // Someone earlier of that gender, else someone earlier whose gender nothing states ("Tariq's niece … his").
  const sure = before.filter((q) => q.gender === gender);
  const maybe = before.filter((q) => q !== a && !q.gender);
  return sure[sure.length - 1] ?? (a.gender ? maybe[maybe.length - 1] : undefined) ?? a;
}

/** The person a subject pronoun before a verb stands for: `a` when it fits, else the last earlier one who does. */
function pronounSubject(
  people: readonly IdeaPerson[],
  a: IdeaPerson,
  b: IdeaPerson,
  gender: 'female' | 'male',
): IdeaPerson {
  if (a.gender === gender || (!a.gender && !people.some((q) => q.gender === gender))) return a;
  const before = people.filter((q) => q !== b && q.mention.first < b.mention.first);
  return before.findLast((q) => q.gender === gender) ?? a;
}
