// The list of channel and event names (`domain:verb`) — no zod here, so the preload bundle stays tiny.

export const CHANNELS = [
  'app:info',
  'project:list',
  'project:create',
  'project:open',
  'project:close',
  'project:rename',
  'project:duplicate',
  'project:delete',
  'project:export',
  'project:import',
  'project:openDemo',
  'project:backups',
  'project:restoreBackup',
  'project:updateSettings',
  'entity:create',
  'entity:update',
  'entity:delete',
  'shot:list',
  'shot:reorder',
  'shot:renumber',
  'scene:reorder',
  'asset:put',
  'asset:get',
  'history:undo',
  'history:redo',
  'chat:send',
  'chat:sessions',
  'chat:history',
  'chat:search',
  'chat:parse',
  'agent:cancel',
  'agent:runs',
  'agent:resume',
  'simulation:interrupt',
  'queue:list',
  'queue:cancel',
  'queue:retry',
  'workflow:get',
  'workflow:move',
  'settings:get',
  'settings:update',
  'settings:setApiKey',
  'settings:testConnection',
  'script:get',
  'casting:options',
  'casting:shortlist',
  'casting:decide',
  'talent:previewCsv',
  'talent:importCsv',
  'character:sheet',
  'character:portrait',
  'project:reimport',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = [
  'project:changed',
  'project:listChanged',
  'agent:event',
  'queue:progress',
  'workflow:changed',
] as const;
export type EventName = (typeof EVENTS)[number];

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
export const isEventName = (value: unknown): value is EventName =>
  typeof value === 'string' && (EVENTS as readonly string[]).includes(value);
