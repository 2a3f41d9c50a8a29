export * from '../tokens';
export * from './csv';
