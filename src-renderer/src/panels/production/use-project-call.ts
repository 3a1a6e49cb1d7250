// Loads a production view (script, casting options, sheet) for the open project, again after every project change.
import { useEffect, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../contract';
import type { ProductionChannel } from '../../stores/production-slice';
import { useAppStore } from '../../stores/use-app-store';
import { selectRevision } from '../../stores/project-selectors';
import { selectInvokeOnProject } from '../../stores/production-selectors';

/**
 * The answer of `channel` for the open project, reloaded when the project's revision or `key` changes
 * (null while loading, when `request` is null, or after an error the slice reported).
 */
export function useProjectCall<C extends ProductionChannel>(
  channel: C,
  request: Omit<RequestOf<C>, 'projectId'> | null,
  key: string,
): ResponseOf<C> | null {
  const revision = useAppStore(selectRevision);
  const invoke = useAppStore(selectInvokeOnProject);
  // The answer remembers which key it is for: another character's sheet never shows under this one's name.
  const [answer, setAnswer] = useState<{ key: string; value: ResponseOf<C> | null } | null>(null);
  useEffect(() => {
    if (!request) return;
    let live = true;
    void invoke(channel, request).then((value) => {
      // A later revision's answer may already be on screen: only the live effect writes.
      if (live) setAnswer({ key, value });
    });
    return () => {
      live = false;
    };
    // `request` is described by `key`: a new object with the same key must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key, revision, invoke]);
  return request && answer?.key === key ? answer.value : null;
}
