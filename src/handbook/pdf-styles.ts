import type { StyleDictionary } from 'pdfmake/interfaces';

export const ACCENT = '#123a5e';

export const pdfStyles: StyleDictionary = {
  h1: { fontSize: 20, bold: true, color: ACCENT, margin: [0, 0, 0, 14] },
  h2: { fontSize: 14, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
  h3: { fontSize: 11.5, bold: true, color: ACCENT, margin: [0, 12, 0, 4] },
  p: { margin: [0, 0, 0, 7] },
  item: { bold: true, margin: [0, 0, 0, 3] },
  caption: { bold: true, fontSize: 9.5, margin: [0, 6, 0, 3] },
  th: { bold: true, fontSize: 9, fillColor: '#e4ecf4' },
  td: { fontSize: 9 },
  list: { margin: [0, 0, 0, 7] },
  fieldLabel: { bold: true, fontSize: 9, color: '#333333' },
  fieldValue: { fontSize: 9 },
  subtitle: { fontSize: 12, color: '#3d3d3d', characterSpacing: 1 },
  title: { fontSize: 28, bold: true, color: ACCENT, margin: [0, 8, 0, 20] },
  status: { fontSize: 12, bold: true, margin: [0, 0, 0, 40] },
  tocTitle: { fontSize: 20, bold: true, color: ACCENT, margin: [0, 0, 0, 14] },
};
