// Dictated punctuation ("comma", "period", "new line") and formats spelled letter by letter, written as marks and names.
import { describe, expect, it } from 'vitest';
import { writeDictatedPunctuation } from '../../../../../src-main/brains/offline/understand/dictation';
import { parseMessage } from '../../../../../src-main/brains/offline/understand/parse-message';

describe('writeDictatedPunctuation', () => {
  it('writes spoken commas, colons and new lines as marks, and "period" beside them', () => {
    expect(writeDictatedPunctuation('add ilse marr comma she is 61 comma a ferrywoman period')).toBe(
      'add ilse marr, she is 61, a ferrywoman.',
    );
    expect(writeDictatedPunctuation('a place called gull rock period new line it is windy')).toBe(
      'a place called gull rock.\nit is windy',
    );
  });

  it('reads a lone "period" as a mark only after a number', () => {
    expect(writeDictatedPunctuation('make tomas forty two period')).toBe('make tomas forty two.');
    expect(writeDictatedPunctuation('make it a period piece in the regency period')).toBe(
      'make it a period piece in the regency period',
    );
  });

  it('leaves a mark named after a determiner alone ("the comma")', () => {
    expect(writeDictatedPunctuation('remove the comma in the title')).toBe('remove the comma in the title');
  });

  it('joins a format spelled letter by letter', () => {
    expect(writeDictatedPunctuation('send the shot list as c s v')).toBe('send the shot list as csv');
    expect(writeDictatedPunctuation('export a p.d.f. for me')).toBe('export a pdf. for me');
  });
});

describe('dictated requests', () => {
  it('reads a dictated character with its age and job', () => {
    const p = parseMessage('new character comma named ilse marr comma she is 61 comma a ferrywoman period');
    expect(p.intent).toBe('create');
    expect(p.params).toMatchObject({ names: ['Ilse Marr'], age: 61, occupation: 'ferrywoman' });
  });

  it('reads a number said in two words before a dictated full stop', () => {
    expect(parseMessage("change tomas's age to forty two period").params.age).toBe(42);
  });
});
