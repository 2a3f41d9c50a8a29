export * from './accounts';
export * from './studies';
export * from './cases';
