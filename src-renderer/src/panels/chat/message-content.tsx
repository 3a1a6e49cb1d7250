// A message's text with its entity markers rendered as chips: a button named after the entity that opens its card.
import { useMemo } from 'react';
import { entityExists, parseMarkers, type MessageSegment } from '../../lib/entity-markers';
import { useAppStore } from '../../stores/use-app-store';
import { selectNotify } from '../../stores/app-selectors';
import { selectSelectEntity } from '../../stores/ui-selectors';
import { useEntities } from '../use-project-data';

function EntityChip({ segment }: { segment: Extract<MessageSegment, { kind: 'entity' }> }) {
  const entities = useEntities();
  const selectEntity = useAppStore(selectSelectEntity);
  const notify = useAppStore(selectNotify);
  const exists = entityExists(entities, segment.type, segment.id);
  return (
    <button
      type="button"
      className={`entity-chip ${segment.type}${exists ? '' : ' missing'}`}
      title={exists ? `Open ${segment.type} ${segment.name}` : `${segment.name} is no longer in this project`}
      data-entity-type={segment.type}
      data-entity-id={segment.id}
      onClick={() =>
        exists
          ? selectEntity({ type: segment.type, id: segment.id })
          : notify(`${segment.name} is no longer in this project.`)
      }
    >
      {segment.name}
    </button>
  );
}

/** Renders content, turning `[[type:id|Name]]` markers into chips (plain text stays pre-wrapped). */
export function MessageContent({ content }: { content: string }) {
  const segments = useMemo(() => parseMarkers(content), [content]);
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <EntityChip key={`${segment.id}-${i}`} segment={segment} />
        ),
      )}
    </>
  );
}
