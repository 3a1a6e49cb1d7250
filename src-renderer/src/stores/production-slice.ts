// Production slice: the verbs of the script view, casting panel and character sheets on the open project.
import type { ChangeSummary, Channel, RequestOf, ResponseOf, RosterPreview } from '../contract';
import type { SliceCreator } from './types';

/** Channels the production panels call on the open project (the slice fills in `projectId`). */
export type ProductionChannel =
  | 'script:get'
  | 'casting:options'
  | 'casting:shortlist'
  | 'casting:decide'
  | 'talent:importCsv'
  | 'character:sheet'
  | 'character:portrait'
  | 'project:reimport';

export interface ProductionSlice {
  /**
   * Calls a production verb on the open project; an answer carrying a change is applied to the snapshot at once.
   * Resolves to null (after reporting the error) when there is no project or main refused.
   */
  invokeOnProject<C extends ProductionChannel>(
    channel: C,
    request: Omit<RequestOf<C>, 'projectId'>,
  ): Promise<ResponseOf<C> | null>;
  /** Reads a roster CSV's header and guessed columns (nothing is imported). */
  previewRoster(text: string): Promise<RosterPreview | null>;
}

export const createProductionSlice: SliceCreator<ProductionSlice> = (_set, get, api) => ({
  async invokeOnProject(channel, request) {
    const snapshot = get().snapshot;
    if (!snapshot) return null;
    const projectId = snapshot.summary.id;
    const full = { ...request, projectId } as RequestOf<typeof channel>;
    const result = await api.invoke(channel as Channel, full as never);
    if (!result.ok) {
      get().reportError(result.error);
      return null;
    }
    const value = result.value as ResponseOf<typeof channel>;
    const change = (value as { change?: ChangeSummary | null }).change;
    if (change) get().applyProjectChange(projectId, change);
    return value;
  },
  async previewRoster(text) {
    const result = await api.invoke('talent:previewCsv', { text });
    if (result.ok) return result.value;
    get().reportError(result.error);
    return null;
  },
});
