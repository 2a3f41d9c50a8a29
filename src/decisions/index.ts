export * from './decide-round';
export * from './protocol-in-force';
export * from './protocol-schema';
export * from './protocol-form';
export * from './save-protocol';
export * from './override';
