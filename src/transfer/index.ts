export { SCHEMA_VERSION, StudyDocumentSchema, type StudyDocument } from './schema';
export { danglingReferences } from './references';
export { parseStudyDocument, type ParseResult } from './parse';
export { pseudonymizeCases } from './pseudonymize-cases';
