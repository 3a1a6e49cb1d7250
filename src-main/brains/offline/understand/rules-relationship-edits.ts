// Intent rule and parameters for edits of an existing relationship: trust, kind, intensity, pins, stated interactions.
import type { AttributeValue, IntentParams } from '../../../../src-preload/contract/intent';
import type { Features } from './features';
import { uniqueNames } from './names';
import { QUESTION_START } from './patterns';
import { readRelationshipChange, type RelationshipEdit } from './relationship-change';

/** "Have/let/make them reconcile" asks to play the scene (simulate), not to record the outcome. */
const STAGING = /^(?:have|let|make|get|watch|show|see|play|simulate|imagine)\b/;

function editOf(f: Features): RelationshipEdit | undefined {
  const t = f.template;
  if (QUESTION_START.test(t) && !/^(?:can|could|would|will) you\b/.test(t)) return undefined;
  const edit = readRelationshipChange(t);
  if (!edit) return undefined;
  // "make them more distant" states how they should be, which is an edit, not a scene to play.
  const stated =
    /^make\s+(?:their|the)\b|^make\s+(?:@n\s+and\s+@n|them)\s+(?:\S+\s+){0,2}?(?:more|less)\b/.test(t);
  if (edit.op !== 'pin' && STAGING.test(t) && !stated) return undefined;
  // "Tom betrayed Sarah" about people the project does not know yet is a new relationship (create).
  if (
    edit.op === 'interaction' &&
    edit.stated &&
    !(f.names.length >= 2 && f.names.every((n) => n.source === 'known'))
  )
    return undefined;
  return edit;
}

/** modify (of a relationship): "@n stops trusting @n", "they reconcile", "pin their trust", "@n betrays @n". */
export function scoreRelationshipEdit(f: Features): number {
  const edit = editOf(f);
  if (!edit) return 0;
  return edit.op === 'interaction' && edit.stated ? 0.91 : 0.93;
}

/** The edit as parameters: the pair in `names`, the change in `attributes` (so a model brain can fill them too). */
export function relationshipEditParams(f: Features): IntentParams | undefined {
  const edit = editOf(f);
  if (!edit) return undefined;
  const attributes: Record<string, AttributeValue> = { relationEdit: edit.op };
  const params: IntentParams = { entityType: 'relationship', operation: 'update', attributes };
  const names = uniqueNames(f.names);
  if (names.length) params.names = names;
  if (edit.op === 'adjust') {
    if (edit.dStrength) attributes.dStrength = edit.dStrength;
    if (edit.dTrust) attributes.dTrust = edit.dTrust;
    if (edit.trustTo !== undefined) attributes.trustTo = edit.trustTo;
    if (edit.kind) params.relationKind = edit.kind;
  } else if (edit.op === 'interaction') {
    attributes.interaction = edit.interaction;
    attributes.intensity = edit.intensity;
  } else {
    attributes.pinFields = edit.fields;
    attributes.pin = edit.pin;
  }
  return params;
}
