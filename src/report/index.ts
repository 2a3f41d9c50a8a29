export * from './model';
export * from './assemble';
export * from './load';
export * from './round-stats';
export * from './scales';
export * from './groups';
export * from './attrition';
export * from './stability';
