export * from './template';
export * from './transport';
