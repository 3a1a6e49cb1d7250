// Test helper: an idea's brief as the lists the idea tests compare (people, places, the lead's name).
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

export function readIdea(idea: string): { people: string[]; places: string[]; lead: string | undefined } {
  const brief = extractIdeaBrief(idea);
  const lead = brief.people.find((p) => p.role === 'protagonist')?.name;
  return { people: brief.people.map((p) => p.name), places: brief.places.map((p) => p.name), lead };
}
