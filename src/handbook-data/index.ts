export { reviveRecords, type HandbookRecords } from './records';
export { toHandbookInput } from './to-input';
export { methodAccounting } from './accounting';
export {
  CONTENT_TYPES,
  HANDBOOK_FORMATS,
  handbookFileName,
  isHandbookFormat,
  renderHandbook,
  type HandbookFormat,
} from './render';
