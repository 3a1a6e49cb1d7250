// Several requests in one message: the split into clauses, and the parse of the first request.
import { describe, expect, it } from 'vitest';
import {
  opensRequest,
  requestClauses,
} from '../../../../../src-main/brains/offline/understand/request-clauses';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('requestClauses', () => {
  it('splits before a workflow move written as a phrase of the lexicon ("go to", "skip to")', () => {
    expect(requestClauses('export the boards as a pdf, then go to casting')).toEqual([
      'export the boards as a pdf',
      'go to casting',
    ]);
  });

  it('splits where the next part opens a request of its own', () => {
    expect(requestClauses('Add a smuggler named Kit, then make her the lead')).toEqual([
      'Add a smuggler named Kit',
      'make her the lead',
    ]);
    expect(requestClauses('Rename the inn to The Anchor. Also delete scene 9')).toEqual([
      'Rename the inn to The Anchor.',
      'delete scene 9',
    ]);
    expect(requestClauses('export the boards to pdf and after that show me the cast')).toEqual([
      'export the boards to pdf',
      'show me the cast',
    ]);
  });

  it('keeps descriptions, premises, titles and supplied prose whole', () => {
    for (const text of [
      'New character: Noor. She is a 30-year-old pilot',
      'a short about a girl who wins a race then loses her shoes',
      'Add Dr. Amadi and Mr. Bell as doctors',
      'Analyse this: Kit ran. Then she stopped. Then she turned round at the gate.',
    ])
      expect(requestClauses(text), text).toEqual([text]);
  });

  it('recognises request openers behind connectors and politeness', () => {
    expect(opensRequest('and then could you list the scenes')).toBe(true);
    expect(opensRequest('she is not needed any more')).toBe(false);
  });
});

describe('parseMessage on a message with several requests', () => {
  it('reads the first request and keeps the later ones as followUps', () => {
    const parsed = parseMessage('Make Noor 36, and then move on to the casting step');
    expect(parsed).toMatchObject({ intent: 'modify', params: { names: ['Noor'], age: 36 } });
    expect(parsed.followUps).toEqual(['move on to the casting step']);
  });

  it('skips small talk before the first request', () => {
    const parsed = parseMessage('Morning! Lovely weather. Then please export the script as fountain');
    expect(parsed).toMatchObject({ intent: 'export', params: { format: 'fountain' } });
  });
});

describe('which clause of several is the request', () => {
  it('takes a clause that asks after a topic set off by a comma or dash, not the later request', () => {
    const ties = parseMessage(
      'Bettina and Oswin, the neighbours from act one - make them rivals now. Then export the script to PDF',
    );
    expect(ties.intent).toBe('modify');
    expect(ties.params.entityType).toBe('relationship');
    const job = parseMessage(
      'Marguerite, the baker from chapter two, make her a florist. After that add her son',
    );
    expect(job.intent).toBe('modify');
    expect(job.params.occupation).toBe('florist');
  });

  it('keeps a connector that belongs to the request\'s own phrase ("Next step?")', () => {
    expect(parseMessage('So the film is about a lost violin in Vienna. Next step?').intent).toBe('advance');
  });

  it('reads a question after a comma as asked, not as the request', () => {
    expect(parseMessage('Anyway, where were we? What comes next?').intent).toBe('advance');
  });

  it('drops a question the next clause takes back ("Actually, …")', () => {
    const got = parseMessage("Who is Oswin's sister? Actually, just delete Oswin");
    expect(got.intent).toBe('modify');
    expect(got.params.operation).toBe('delete');
  });

  it('reads a request taken back for a question as the question', () => {
    const got = parseMessage(
      'Delete scene 4. Actually no, what is the difference between a scene and a sequence anyway?',
    );
    expect(got.intent).toBe('chat');
  });
});

describe('context before the request', () => {
  it('reads the request after small talk closed by "anyway"', () => {
    const got = parseMessage(
      'Rough morning, the printer jammed twice, anyway: delete scene 9 please, off to lunch.',
    );
    expect(got.params.operation).toBe('delete');
    expect(got.params.number).toBe(9);
  });

  it("does not read the app's quoted reply as the request", () => {
    expect(parseMessage('"Removed the character Odile." No! Bring her back.').intent).toBe('undo');
  });

  it('reads a short request that points back together with what it points at', () => {
    const piece = parseMessage(
      'The film is a fable about a lighthouse cat who guards the harbour. Can you generate it?',
    );
    expect(piece.intent).toBe('generate');
    expect(piece.confidence).toBeGreaterThan(0.6);
    const cut = parseMessage('Scene 12 reads flat and says nothing new. Cut it.');
    expect(cut.params).toMatchObject({ operation: 'delete', entityType: 'scene', number: 12 });
  });

  it('reads a short request after a remark with what the remark names, and never as a remark itself', () => {
    // The first clause alone reads as a remark, not as context: what "it" points at is still in it.
    expect(parseMessage('The heist scene drags on forever. Delete it.').params).toMatchObject({
      operation: 'delete',
      entityType: 'scene',
    });
    expect(parseMessage('Honestly that was a mistake on my part. Could you reverse that?').intent).toBe(
      'undo',
    );
  });

  it('takes "her" or "him" after a remark for the person the remark named', () => {
    const remark = "I adore Marisol's arc.";
    expect(parseMessage(remark).intent).toBe('chat');
    expect(parseMessage(`${remark} Make her 34.`).params).toMatchObject({ names: ['Marisol'], age: 34 });
  });
});
