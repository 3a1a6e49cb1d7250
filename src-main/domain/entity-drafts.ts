// Maps what a message says about an entity onto the data model's fields (pure, validated later by the store).
import type { AttributeValue } from '../../src-preload/contract/intent';

const GENDERS: Record<string, 'female' | 'male' | 'nonbinary'> = {
  female: 'female',
  woman: 'female',
  girl: 'female',
  she: 'female',
  f: 'female',
  male: 'male',
  man: 'male',
  boy: 'male',
  he: 'male',
  m: 'male',
  nonbinary: 'nonbinary',
  'non-binary': 'nonbinary',
  they: 'nonbinary',
};
const ROLES = ['protagonist', 'antagonist', 'supporting', 'minor'] as const;

export const normalizeGender = (value: unknown): 'female' | 'male' | 'nonbinary' | undefined =>
  typeof value === 'string' ? GENDERS[value.trim().toLowerCase()] : undefined;

const asString = (v: AttributeValue | undefined): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;
const asList = (v: AttributeValue | undefined): string[] | undefined =>
  Array.isArray(v) ? v : typeof v === 'string' ? v.split(/,\s*|\s+and\s+/).filter(Boolean) : undefined;

/** Character fields from extracted attributes (unknown attributes are ignored, never stored blindly). */
export function characterFields(attributes: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Only a number or digits count: Number('') is 0 and Number(true) is 1, neither of which is an age anyone gave.
  const rawAge = attributes.age;
  const age =
    typeof rawAge === 'number'
      ? rawAge
      : typeof rawAge === 'string' && /^\s*\d+\s*$/.test(rawAge)
        ? Number(rawAge)
        : NaN;
  if (Number.isInteger(age) && age >= 0 && age <= 150) out.age = age;
  const occupation = asString(attributes.occupation);
  if (occupation) out.occupation = occupation;
  const gender = normalizeGender(attributes.gender);
  if (gender) out.gender = gender;
  const role = asString(attributes.role)?.toLowerCase();
  if (role && (ROLES as readonly string[]).includes(role)) out.role = role;
  for (const key of ['description', 'arc', 'appearance', 'emotionalState', 'voiceNotes'] as const) {
    const text = asString(attributes[key]);
    if (text) out[key] = text;
  }
  for (const key of ['traits', 'goals', 'aliases'] as const) {
    const list = asList(attributes[key]);
    if (list?.length) out[key] = list;
  }
  return out;
}

/** Location fields from extracted attributes. */
export function locationFields(attributes: Record<string, AttributeValue>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const description = asString(attributes.description);
  if (description) out.description = description;
  const setting = asString(attributes.setting)?.toLowerCase();
  if (setting === 'interior' || setting === 'exterior' || setting === 'both') out.setting = setting;
  const time = asString(attributes.timeOfDay);
  if (time) out.timeOfDayOptions = [time.toUpperCase()];
  const props = asList(attributes.props);
  if (props?.length) out.props = props;
  return out;
}

/** A short human description of what was set: "28, journalist". */
export function describeFields(fields: Record<string, unknown>): string {
  const parts: string[] = [];
  if (fields.age !== undefined) parts.push(String(fields.age));
  if (typeof fields.occupation === 'string') parts.push(fields.occupation);
  if (typeof fields.role === 'string') parts.push(fields.role);
  if (typeof fields.setting === 'string') parts.push(fields.setting);
  return parts.join(', ');
}
