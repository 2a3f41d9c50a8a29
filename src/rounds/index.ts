export * from './snapshot';
export * from './carry-forward';
export * from './progress';
export * from './feedback';
