// The portrait prompt says what the project says about a character, and nothing it does not.
import { describe, expect, it } from 'vitest';
import { portraitPrompt } from '../../../src-main/domain/portrait-prompt';
import { ChangeBuilder } from '../../../src-main/store/change-builder';
import { newProjectFile } from '../../../src-main/store/new-project';

function projectWith(character: Record<string, unknown>, project: Record<string, unknown> = {}) {
  const b = new ChangeBuilder(newProjectFile('Prompt', 'short-film'), { via: 'manual' });
  if (Object.keys(project).length) b.updateProject(project);
  const scene = b.create('scene', { number: 1, heading: 'INT. DINER - NIGHT' }).id;
  const op = b.create('character', {
    ...character,
    ...(character.wardrobe === true ? { wardrobe: [{ sceneId: scene, description: 'grey wool coat' }] } : {}),
  });
  return { file: b.work, character: b.work.entities.characters.find((c) => c.id === op.id)! };
}

describe('portraitPrompt', () => {
  it("carries age, gender, occupation, role, looks, wardrobe and the film's look", () => {
    const { file, character } = projectWith(
      {
        name: 'Mara Lind',
        age: 61,
        gender: 'female',
        occupation: 'harbour master',
        role: 'antagonist',
        appearance: 'Broad shoulders, silver hair cut short',
        description: "Feared by the crew. She wears a captain's hat everywhere.",
        wardrobe: true,
      },
      { genre: 'thriller', tone: 'bleak' },
    );
    const prompt = portraitPrompt(file, character);
    expect(prompt).toContain('61-year-old woman who works as harbour master, the antagonist of a film');
    expect(prompt).toContain('Appearance: Broad shoulders, silver hair cut short');
    expect(prompt).toContain("She wears a captain's hat everywhere.");
    expect(prompt).not.toContain('Feared by the crew');
    expect(prompt).toContain('Wardrobe: grey wool coat.');
    expect(prompt).toContain('Look of the film: thriller, bleak.');
    expect(prompt).not.toContain('Mara');
  });

  it('leaves out what the project does not say (no age, gender, looks or wardrobe invented)', () => {
    const { file, character } = projectWith({ name: 'Ben' });
    const prompt = portraitPrompt(file, character);
    expect(prompt.split('\n')[0]).toBe('Head-and-shoulders character portrait of a person.');
    expect(prompt).not.toMatch(/year-old|Appearance|Wardrobe|Look of the film|hair/);
  });
});
