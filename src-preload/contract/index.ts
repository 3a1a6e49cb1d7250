// The contract shared by main, preload and renderer: channels, schemas, events, Result, DTOs.
export * from './channels';
export * from './result';
export * from './entities';
export * from './project';
export * from './idea-brief';
export * from './requests';
export * from './responses';
export * from './events';
export * from './dto';
export * from './api';
export * from './chat';
export * from './intent';
export * from './simulation';
export * from './exports';
export * from './production';
export * from './image-endpoint';
