export * from './decide-round';
export * from './protocol-in-force';
export * from './save-protocol';
export * from './override';
