// Intent rules for whole-story work: generate (idea → package) and simulate (play a scene between characters).
import type { Features } from './features';
import { NAMES } from './features';
import { INTERACT_VERB } from './patterns';
import { findWork } from './production-work';
import { best } from './rule-types';
import { LEXICON } from './lexicon';
import { findPhrase } from './text-utils';

const re = (s: string): RegExp => new RegExp(s);

const GEN_VERB =
  /^(?:block out|rough out|greenlight|package up|spin up|pitch me|(?:treatment|outline|synopsis|logline|boards) for|create|make|produce|generate|write|develop|build|shoot|draft|do|pitch|give me|i want|i need|i'd like|we need|we want|design|plan|start|put together|come up with|craft|film|direct|storyboard|cook up|whip up|turn|help me (?:make|create|write|plan))\b/;

/** "a 12-minute thriller", "a ninety-second comedy": a duration immediately before a genre word. */
function durationGenre(t: string): boolean {
  const g = findPhrase(t, LEXICON.genres);
  return (
    !!g &&
    /\b(?:[0-9.]+|[a-z]+)[- ](?:second|sec|minute|min|hour)s?[- ](?:long\s+)?$/.test(t.slice(0, g.index))
  );
}

/** generate: a whole production from an idea ("Make a short about…", "Turn my idea into boards: …"). */
export function scoreGenerate(f: Features): number {
  const t = f.template;
  const prod = f.production;
  const firstEntity = f.entityNouns[0];
  const prodIsHead = !!prod && (!firstEntity || firstEntity.index > prod.index);
  const before = prod ? t.slice(0, prod.index) : '';
  // "a/an/one/my new …" before the production noun: a new piece, not "the storyboard" that already exists.
  const newPiece =
    prodIsHead &&
    /\b(?:an?|one|my|our|new|some|\d+[- ](?:second|minute|min|sec)s?|[a-z]+[- ](?:second|minute|min|sec|hour)s?)\s+(?:[a-z0-9@'-]+\s+){0,4}$/.test(
      before,
    );
  // "give me a summary of the story" looks something up; it does not make a new piece.
  const summaryOf =
    /\b(?:summary|overview|recap|rundown|list|breakdown|pdf|copy|version|export)\s+of\s+(?:the|my|our|this)\b/.test(
      t,
    );
  const premise =
    /\b(?:about|where|in which|featuring|following|based on|set in|starring|that shows|showing|on the theme of)\b|:\s*\S/.test(
      t,
    );
  return best(
    [!f.passage && findWork(t) !== undefined, 0.94],
    [
      /^(?:turn|develop|expand|convert|transform|grow|adapt|build|make)\s+(?:this|my|the|that|an?|our)\s+(?:[a-z-]+\s+)?(?:idea|concept|premise|story|pitch|logline|synopsis|treatment|outline|notes?)\b.*\binto\b/.test(
        t,
      ),
      0.94,
    ],
    [GEN_VERB.test(t) && newPiece && premise && !summaryOf, 0.93],
    [GEN_VERB.test(t) && newPiece && !summaryOf, 0.86],
    [/^(?:idea|premise|concept|logline|pitch)\s*:/.test(t), 0.88],
    // "Storyboard my concept: …", "Take my logline to boards: …": a premise handed over to be developed.
    [
      /^[a-z]+(?:\s+[a-z]+)?\s+(?:this|my|the following|our)\s+(?:idea|concept|premise|logline|pitch)\b[^:]{0,30}:\s*\S/.test(
        t,
      ) && !f.passage,
      0.9,
    ],
    // "… a 12-minute thriller": a runtime before a genre word names a new piece even without "film".
    [GEN_VERB.test(t) && durationGenre(t), 0.88],
    // "… really all I want is a short about …": the request buried mid-sentence.
    [newPiece && premise && /\b(?:want|need|like|make|do|write|shoot|produce|pitch)\b/.test(before), 0.84],
    [newPiece && premise && /^(?:i have|here'?s|how about|what about|i've got|an?|my)\b/.test(t), 0.82],
  );
}

/** simulate: characters play a scene ("Have Sarah confront John", "Play out a scene between A and B"). */
export function scoreSimulate(f: Features): number {
  const t = f.template;
  const twoNames = f.names.length >= 2;
  const haveLet = re(
    String.raw`^(?:have|let|get|watch)\s+${NAMES}\s+(?!(?:be|become|is|are|have|has|older|younger|an?|the|more|less|\d)\b)[a-z]+`,
  ).test(t);
  const makeInteract = re(String.raw`^make\s+${NAMES}\s+${INTERACT_VERB}`).test(t);
  const between =
    /\b(?:conversation|dialogue|dialog|argument|confrontation|exchange|chat|talk|showdown|debate|fight|encounter|interaction|meeting|standoff|scene|negotiation|interrogation|reunion)\s+(?:between|with)\s+@n/.test(
      t,
    );
  const createScene = /^(?:add|create|new|insert|include|make|write|draft|put)\b[^@]*\bscene\b/.test(t);
  return best(
    [
      /\b(?:simulate|simulation|play out|act out|role-?play|improvise|dramati[sz]e|run through)\b/.test(t),
      0.92,
    ],
    [
      /^(?:run|stage|play)\s+(?:a|the|this|that|out a)\s+(?:[a-z-]+\s+)?(?:scene|conversation|dialogue|confrontation|argument|moment|exchange)\b/.test(
        t,
      ),
      0.9,
    ],
    [haveLet, 0.9],
    [makeInteract, 0.9],
    // "Lock Kit and Rue in a lift, let them brawl".
    [twoNames && re(String.raw`\b(?:let|have|make|watch)\s+them\s+${INTERACT_VERB}`).test(t), 0.86],
    [between && !createScene && twoNames, 0.86],
    [
      re(
        String.raw`\b(?:what|how) (?:would|will|might|could) ${NAMES} (?:say|do|react|respond|tell|answer|feel|talk)\b`,
      ).test(t),
      0.86,
    ],
    [
      re(
        String.raw`^(?:show me|let'?s see|let'?s hear|i want to see|i want to hear|see|hear|watch|imagine)\s+(?:how\s+)?${NAMES}\s+(?:(?:would|will|might|could)\s+)?(?:${INTERACT_VERB}|react|handle)`,
      ).test(t),
      0.85,
    ],
  );
}
