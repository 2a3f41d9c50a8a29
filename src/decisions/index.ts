export * from './protocol-schema';
export * from './protocol-form';
