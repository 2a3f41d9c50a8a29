export * from './long';
export * from './csv';
export * from './item-rows';
export * from './xlsx';
export * from './load';
export * from './panel-rounds';
