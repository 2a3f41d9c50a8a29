export * from './protocol';
export * from './classify';
export * from './describe';
export * from './stopping';
