// The shape of a simulated scene by type: the beats in order, who carries each, what it does, and its base lines.
import type { InteractionType, Personality } from '../../../src-preload/contract/entities';
import { NEUTRAL_PERSONALITY } from '../../domain/relationship-dynamics';

export type SceneType = 'confrontation' | 'reconciliation' | 'conversation';
export type BeatRole = 'initiator' | 'respondent';

/** One beat: who speaks, what it does to the other, and how hard. */
export interface Beat {
  move: string;
  role: BeatRole;
  interaction: InteractionType;
  intensity: number;
}

/** Base lines per move; `{obj}` is the objective, `{you}` the person addressed. The voice makes them someone's. */
export const MOVE_LINES: Record<string, string[]> = {
  open: ['We need to talk about {obj}.', 'I know about {obj}, {you}.', "Let's talk about {obj}."],
  deflect: ["I don't know what you mean.", 'Where is this coming from?', 'That has nothing to do with me.'],
  press: [
    'Do not do that. I know what happened with {obj}.',
    'You were the only one who could have done it.',
    'Stop pretending. I went over it all twice.',
  ],
  push_back: [
    'You are accusing me without any proof.',
    'After everything I have done for you, this is what I get?',
    'You have no right to question me like this.',
  ],
  escalate_threat: [
    'Tell me the truth or I walk out of here and tell everyone.',
    'If you lie to me again, we are done.',
  ],
  escalate_argue: ['I am not leaving until you tell me the truth.', 'Look at me and tell me it was not you.'],
  confess: ['Fine. It was me. I was going to make it right.', 'You are right. It was me. I was desperate.'],
  counterattack: [
    'You want the truth? You never trusted me anyway.',
    'Get out of my face. I am done explaining myself to you.',
  ],
  resolve: [
    'Then we fix this together. But no more lies.',
    'Thank you for telling me. We will find a way through {obj}.',
  ],
  break: ['Then we are finished. Do not call me again.', 'I cannot trust you anymore. We are done.'],
  close_resolved: ['I am sorry. I mean it.', 'I will make it right. I promise.'],
  close_broken: ['Fine. Walk away. You always do.', 'Then go.'],
  apologise: ['I owe you an apology for {obj}.', 'I came to say sorry, {you}. About {obj}.'],
  guarded: ['Why now?', 'You think sorry is enough after {obj}?'],
  explain: [
    'I was scared, and I handled it badly. That is the truth.',
    'I was wrong, and I knew it at the time.',
  ],
  soften: ['Okay. I hear you.', 'It still hurts. But I am glad you came.'],
  greet: ['Hey, {you}. Got a minute?', 'There you are. I wanted to ask you about {obj}.'],
  reply: ['Sure. What about it?', 'Of course. What is on your mind?'],
  share: ['I have been thinking about {obj} a lot lately.', 'Honestly, {obj} has been on my mind all week.'],
  offer: ['Then let me help with it.', 'We could work on it together.'],
  agree: ['I would like that.', 'Deal. Let us start tomorrow.'],
};

const beat = (move: string, role: BeatRole, interaction: InteractionType, intensity: number): Beat => ({
  move,
  role,
  interaction,
  intensity,
});

/** The scene type a request's objective and verbs suggest. */
export function sceneTypeOf(text: string): SceneType {
  if (
    /\b(?:confront|accuse|argue|fight|face|challenge|interrogate|question|grill|threaten|blame)\w*/i.test(
      text,
    )
  )
    return 'confrontation';
  if (/\b(?:apologi[sz]e|reconcile|make up|forgive|make peace|say sorry)\w*/i.test(text))
    return 'reconciliation';
  return 'conversation';
}

/**
 * The beats of a scene. A confrontation escalates for `rounds` exchanges (more when both are disagreeable), then
 * the respondent's climax beat is chosen at run time (confess → resolve, or counterattack → break).
 */
export function planScene(
  type: SceneType,
  initiator: Personality = NEUTRAL_PERSONALITY,
  respondent = NEUTRAL_PERSONALITY,
  turns?: number,
): Beat[] {
  switch (type) {
    case 'confrontation': {
      const fiery = initiator.agreeableness < 0.4 && respondent.agreeableness < 0.4 ? 1 : 0;
      const rounds = turns ? Math.max(1, Math.floor((turns - 6) / 2)) : 1 + fiery;
      const escalate = initiator.agreeableness < 0.45 ? 'escalate_threat' : 'escalate_argue';
      const beats = [
        beat('open', 'initiator', 'accusation', 0.35),
        beat('deflect', 'respondent', 'argument', 0.3),
      ];
      for (let i = 0; i < rounds; i++)
        beats.push(
          i === 0
            ? beat('press', 'initiator', 'accusation', 0.6)
            : beat(
                escalate,
                'initiator',
                escalate === 'escalate_threat' ? 'threat' : 'argument',
                0.6 + 0.1 * i,
              ),
          beat('push_back', 'respondent', 'argument', 0.5 + 0.1 * i),
        );
      beats.push(
        beat(escalate, 'initiator', escalate === 'escalate_threat' ? 'threat' : 'argument', 0.7),
        beat('climax', 'respondent', 'confession', 0.7),
        beat('outcome', 'initiator', 'reconciliation', 0.5),
        beat('close', 'respondent', 'apology', 0.6),
      );
      return beats;
    }
    case 'reconciliation':
      return [
        beat('apologise', 'initiator', 'apology', 0.6),
        beat('guarded', 'respondent', 'argument', 0.3),
        beat('explain', 'initiator', 'confession', 0.6),
        beat('soften', 'respondent', 'reconciliation', 0.6),
      ];
    case 'conversation':
      return [
        beat('greet', 'initiator', 'greeting', 0.4),
        beat('reply', 'respondent', 'small_talk', 0.4),
        beat('share', 'initiator', 'confession', 0.4),
        beat('offer', 'respondent', 'help', 0.5),
        beat('agree', 'initiator', 'collaboration', 0.5),
      ];
  }
}
