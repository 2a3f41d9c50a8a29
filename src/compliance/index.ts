export * from './scores';
export * from './compliance';
export * from './agreement';
export * from './report-csv';
