// Editable fields of a location: name, setting, description (saved through `entity:update`).
import type { Location } from '../../contract';
import { LOCATION_SETTINGS } from '../../lib/vocab';
import { useWritable } from '../use-project-data';
import { EditorActions } from './editor-actions';
import { useEntityForm } from './use-entity-form';
import { OptionalSelect } from '../../components/optional-select';

export function LocationEditor({ location }: { location: Location }) {
  const writable = useWritable();
  const form = useEntityForm('location', location.id, {
    name: location.name,
    setting: location.setting ?? '',
    description: location.description ?? '',
  });

  return (
    <form className="editor" onSubmit={(e) => (e.preventDefault(), void form.save())}>
      <fieldset disabled={!writable}>
        <label>
          Name
          <input {...form.bind('name')} required maxLength={200} />
        </label>
        <OptionalSelect label="Setting" options={LOCATION_SETTINGS} {...form.bind('setting')} />
        <label>
          Description
          <textarea {...form.bind('description')} rows={4} />
        </label>
        {location.props.length > 0 && <p className="muted">Props: {location.props.join(', ')}</p>}
        <EditorActions form={form} what="location" />
      </fieldset>
    </form>
  );
}
