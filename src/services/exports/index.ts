export * from './load';
export * from './panel-rounds';
