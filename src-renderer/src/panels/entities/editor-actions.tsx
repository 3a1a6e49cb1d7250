// Save / delete buttons of an entity editor, with an inline delete confirmation and a saved status.
import type { useEntityForm } from './use-entity-form';

export function EditorActions({ form, what }: { form: ReturnType<typeof useEntityForm>; what: string }) {
  if (form.confirmDelete) {
    return (
      <div className="toolbar confirm" role="group" aria-label={`Confirm deleting this ${what}`}>
        <span>Delete this {what}? Undo brings it back.</span>
        <button type="button" className="danger" onClick={() => void form.remove()}>
          Yes, delete
        </button>
        <button type="button" onClick={() => form.setConfirmDelete(false)}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="toolbar">
      <button type="submit" className="primary" disabled={!form.dirty || form.status === 'saving'}>
        {form.status === 'saving' ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="danger-outline" onClick={() => form.setConfirmDelete(true)}>
        Delete {what}
      </button>
      <span role="status" className="muted">
        {form.status === 'saved' && !form.dirty ? 'Saved' : ''}
      </span>
    </div>
  );
}
