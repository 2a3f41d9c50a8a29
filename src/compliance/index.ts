export * from './scores';
export * from './compliance';
export * from './agreement';
export * from './report-csv';
export * from './dossier-code';
export * from './assignments';
export * from './results';
