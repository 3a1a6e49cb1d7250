// Dispatches parameter extraction by intent; each intent reads only the parameters that mean something for it.
import type { Intent, IntentParams } from '../../../../src-preload/contract/intent';
import { assertNever } from '../../../shared/assert';
import type { Features } from './features';
import { createParams } from './params-create';
import { bulkParams, modifyParams } from './params-entities';
import { relationshipEditParams } from './rules-relationship-edits';
import { shotParams } from './params-shot';
import { advanceParams, exportParams, generateParams, queryParams, simulateParams } from './params-story';

/** The parameters of a message whose intent is known. */
export function extractParams(intent: Intent, f: Features): IntentParams {
  switch (intent) {
    case 'create':
      return shotParams(f) ?? createParams(f);
    case 'bulk_create':
      return bulkParams(f);
    case 'modify':
      return relationshipEditParams(f) ?? shotParams(f) ?? modifyParams(f);
    case 'generate':
      return generateParams(f);
    case 'simulate':
      return simulateParams(f);
    case 'query':
      return queryParams(f);
    case 'advance':
      return advanceParams(f);
    case 'export':
      return exportParams(f);
    case 'analyze':
    case 'undo':
    case 'chat':
      return {};
    default:
      return assertNever(intent);
  }
}
