export * from './load';
export * from './load-panel-rounds';
export * from './compute';
