import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

const transcript = (turns: string[], lang: 'nl' | 'en' = 'nl') =>
  extractActivities(`Transcript gesprek\nAanwezig: Piet (P), Eva (consulent, C)\n\n${turns.join('\n')}`, {
    lang,
    sourceType: 'transcript',
  }).map((a) => a.text);

describe('conversation techniques in transcripts', () => {
  it('reads a reflective summary as summarising, not as a statement of the practitioner', () => {
    const out = transcript([
      'P: Ik kom gewoon nergens meer aan toe.',
      'C: Als ik je goed hoor, ben je vooral moe.',
    ]);
    expect(out).toEqual(['De hulpverlener vat samen: ben de cliënt vooral moe.']);
  });

  it('joins a short check question to the summary before it', () => {
    const out = transcript([
      'P: Het is te veel.',
      'C: Het klinkt alsof je alles alleen doet. Zie ik dat goed?',
    ]);
    expect(out).toEqual(['De hulpverlener vat samen: de cliënt alles alleen doet en checkt of dat klopt.']);
  });

  it('summarises in English too', () => {
    const text =
      'Transcript\nClient (CL), Sam (social worker, SW)\n\nCL: I am so tired.\nSW: So you are saying the nights are the worst.';
    const out = extractActivities(text, { lang: 'en', sourceType: 'transcript' }).map((a) => a.text);
    expect(out).toEqual(['The practitioner summarises: the nights are the worst.']);
  });

  it('reads a polite "mag ik vragen" as asking', () => {
    expect(transcript(['C: Mag ik u vragen hoe lang dit al speelt?'])).toEqual([
      'De hulpverlener vraagt de cliënt hoe lang dit al speelt.',
    ]);
  });

  it('leaves out a bare acknowledgement and takes a self-introduction with an employer', () => {
    expect(transcript(['C: Ik ben Eva van de schuldhulp.', 'P: Ik zit klem.', 'C: Dat begrijp ik.'])).toEqual(
      ['De hulpverlener stelt zich voor.'],
    );
  });
});
