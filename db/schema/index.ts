export * from './accounts';
export * from './studies';
export * from './cases';
export * from './draft';
export * from './panel';
export * from './rounds';
export * from './consensus';
export * from './standard';
