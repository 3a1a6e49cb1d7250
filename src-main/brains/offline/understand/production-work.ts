// Requests for the next production layer of an existing project ("generate a beat sheet", "storyboard scene 4").
import type { IntentEntityType } from '../../../../src-preload/contract/intent';
import { NUMBER_PATTERN, parseNumber } from '../language/quantities';

/** What a production-work request makes: beats, scenes or shots, optionally for one numbered scene. */
export interface WorkTarget {
  entityType: Extract<IntentEntityType, 'beat' | 'scene' | 'shot'>;
  number?: number;
}

const re = (s: string): RegExp => new RegExp(s);

/** Layer nouns and the entity type they produce. */
const LAYERS: Array<[RegExp, WorkTarget['entityType']]> = [
  [/\b(?:beat sheet|beats|outline|story structure|(?:three-)?act structure)\b/, 'beat'],
  [/\b(?:scene breakdown|scene list|breakdown|scenes)$/, 'scene'],
  [
    /\b(?:shot list|shots|shot plan|storyboards?|boards|coverage|camera (?:angles|setups)|shot durations?)\b/,
    'shot',
  ],
];

const LAYER_NOUN = String.raw`(beat sheet|beats|story beats|outline|story structure|(?:three-)?act structure|scene breakdown|scene list|breakdown|shot list|shots|shot plan|storyboards?|boards|coverage|camera angles|camera setups)`;
const WORK_VERB = String.raw`(?:generate|create|write|draft|build|make|produce|outline|plan|prepare|put together|come up with|work out|give me|map out|lay out|sketch out|block out|figure out|run)`;

const PATTERNS: RegExp[] = [
  // "generate a beat sheet", "draft the scene breakdown", "plan the shots for scene 5"
  re(
    String.raw`^${WORK_VERB}\s+(?:(?:a|an|the|my|our|some)\s+)?(?:new\s+|full\s+|complete\s+|first\s+|rough\s+|basic\s+)?${LAYER_NOUN}(?!\s+(?:of|about)\b)(?:\s*$|\s+(?:for|of|in)\s+(?:the\s+|all\s+|every\s+|each\s+|my\s+|our\s+|this\s+)?(?:scenes?|film|project|story|script|screenplay|it)\b)`,
  ),
  // "storyboard all scenes", "storyboard scene 4", "storyboard the script"
  re(
    String.raw`^storyboard\s+(?:(?:all|every|each|the|my|our|the remaining|the rest of the)\s+)*(?:of\s+the\s+)?(?:scenes?|script|film|screenplay|story|whole thing|everything|it)\b`,
  ),
  // "estimate shot durations", "work out the scene lengths"
  re(
    String.raw`^(?:estimate|calculate|compute|work out|figure out|guess|time)\s+(?:the\s+|all\s+)?(?:shot|scene)s?\s+(?:durations?|lengths?|timings?|times|runtimes?)\b`,
  ),
  // "break the plot down into scenes", "break down the script into shots"
  re(
    String.raw`^break\s+(?:down\s+)?(?:the|my|our|this|it)\s*(?:story|script|screenplay|film|plot|outline|beat sheet|beats|scenes?)?\s*(?:down\s+)?into\s+(scenes|shots|beats)\b`,
  ),
  // "write the scenes", "generate all the shots"
  re(String.raw`^${WORK_VERB}\s+(?:all\s+)?the\s+(scenes|shots|beats)\s*$`),
];

/** The production layer a message asks to generate, or undefined. Run on the template (names as "@n"). */
export function findWork(template: string): WorkTarget | undefined {
  let layerText: string | undefined;
  for (const p of PATTERNS) {
    const m = p.exec(template);
    if (m) {
      layerText = m[1] ?? (/^storyboard\b/.test(template) ? 'storyboards' : 'scenes');
      break;
    }
  }
  if (layerText === undefined) return undefined;
  const layer = layerText;
  const type = /^(?:estimate|calculate|compute|work out|figure out|guess|time)\b/.test(template)
    ? /\bscenes?\s+(?:durations?|lengths?|timings?|times|runtimes?)/.test(template)
      ? 'scene'
      : 'shot'
    : LAYERS.find(([r]) => r.test(layer))?.[1];
  if (!type) return undefined;
  const target: WorkTarget = { entityType: type };
  const num = re(String.raw`\b(?:scene|shot)\s+(?:#|no\.?\s*|number\s+)?(${NUMBER_PATTERN})\b`).exec(
    template,
  );
  const n = num ? parseNumber(num[1] ?? '') : undefined;
  if (n !== undefined && Number.isInteger(n)) target.number = n;
  return target;
}
