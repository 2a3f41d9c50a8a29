export * from './long';
export * from './csv';
export * from './item-rows';
export * from './xlsx';
