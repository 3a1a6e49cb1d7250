// Shared editor state: field drafts, the patch of changed fields, save and delete through store actions.
import { useState } from 'react';
import type { EntityType } from '../../contract';
import { useAppStore } from '../../stores/use-app-store';
import { selectDeleteEntity, selectUpdateEntity } from '../../stores/project-selectors';

type Draft = Record<string, string>;

/**
 * Drafts start from the entity's values (as strings); `numeric` fields are sent as numbers.
 * Only changed, non-empty fields go into the patch, so an editor never overwrites what it did not touch.
 */
export function useEntityForm(type: EntityType, id: string, initial: Draft, numeric: readonly string[] = []) {
  const updateEntity = useAppStore(selectUpdateEntity);
  const deleteEntity = useAppStore(selectDeleteEntity);
  const [draft, setDraft] = useState<Draft>(initial);
  const fingerprint = JSON.stringify(initial);
  const [base, setBase] = useState(fingerprint);
  // The entity changed underneath (saved, undone, edited by an agent): start again from its new values.
  if (fingerprint !== base) {
    setBase(fingerprint);
    setDraft(initial);
  }
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [confirmDelete, setConfirmDelete] = useState(false);

  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (value === (initial[key] ?? '')) continue;
    const trimmed = value.trim();
    if (trimmed === '') continue;
    patch[key] = numeric.includes(key) ? Number(trimmed) : trimmed;
  }
  const dirty = Object.keys(patch).length > 0;

  return {
    draft,
    dirty,
    status,
    confirmDelete,
    setConfirmDelete,
    bind: (key: string) => ({
      value: draft[key] ?? '',
      onChange: (e: { target: { value: string } }) => {
        setStatus('idle');
        setDraft((d) => ({ ...d, [key]: e.target.value }));
      },
    }),
    async save() {
      if (!dirty) return;
      setStatus('saving');
      const saved = await updateEntity(type, id, { ...patch, userEdited: true });
      setStatus(saved ? 'saved' : 'idle');
    },
    async remove() {
      await deleteEntity(type, id);
    },
  };
}
