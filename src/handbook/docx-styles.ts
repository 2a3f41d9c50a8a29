import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

const FONT = 'Calibri';
export const ACCENT = '123A5E';

export const docxStyles: IStylesOptions = {
  default: {
    // Line spacing always with its rule: without one LibreOffice reads 276 as an exact height and large text overlaps.
    document: {
      run: { font: FONT, size: 21 },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
  },
  paragraphStyles: [
    {
      id: 'Heading1',
      name: 'Heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 36, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240 }, keepNext: true },
    },
    {
      id: 'Heading2',
      name: 'Heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 28, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    {
      id: 'Heading3',
      name: 'Heading 3',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 24, bold: true, color: ACCENT },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
    {
      id: 'Caption',
      name: 'Caption',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, size: 19 },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
    },
    {
      id: 'TocTitle',
      name: 'TOC Heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 36, bold: true, color: ACCENT },
      paragraph: { spacing: { after: 240 } },
    },
  ],
};

export const docxNumbering: INumberingOptions = {
  config: [
    {
      reference: 'numbered',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};
