// Editable fields of a character: name, age, occupation, role, description (saved through `entity:update`).
import type { Character } from '../../contract';
import { CHARACTER_ROLES } from '../../lib/vocab';
import { useWritable } from '../use-project-data';
import { EditorActions } from './editor-actions';
import { useEntityForm } from './use-entity-form';
import { OptionalSelect } from '../../components/optional-select';

export function CharacterEditor({ character }: { character: Character }) {
  const writable = useWritable();
  const form = useEntityForm(
    'character',
    character.id,
    {
      name: character.name,
      age: character.age !== undefined ? String(character.age) : '',
      occupation: character.occupation ?? '',
      role: character.role ?? '',
      description: character.description ?? '',
    },
    ['age'],
  );

  return (
    <form className="editor" onSubmit={(e) => (e.preventDefault(), void form.save())}>
      <fieldset disabled={!writable}>
        <label>
          Name
          <input {...form.bind('name')} required maxLength={200} />
        </label>
        <div className="row">
          <label>
            Age
            <input {...form.bind('age')} type="number" min={0} max={150} />
          </label>
          <OptionalSelect label="Role" options={CHARACTER_ROLES} {...form.bind('role')} />
        </div>
        <label>
          Occupation
          <input {...form.bind('occupation')} maxLength={200} />
        </label>
        <label>
          Description
          <textarea {...form.bind('description')} rows={4} />
        </label>
        {character.aliases.length > 0 && (
          <p className="muted">Also known as {character.aliases.join(', ')}</p>
        )}
        {character.traits.length > 0 && <p className="muted">Traits: {character.traits.join(', ')}</p>}
        {character.goals.length > 0 && <p className="muted">Goals: {character.goals.join('; ')}</p>}
        <EditorActions form={form} what="character" />
      </fieldset>
    </form>
  );
}
