export * from './tokens';
export * from './key';
export * from './csv';
