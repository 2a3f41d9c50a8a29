import { describe, expect, it } from 'vitest';
import { generalise } from '../../src/extract/generalise';

const nl = (s: string) => generalise(s, 'nl');
const en = (s: string) => generalise(s, 'en');

describe('from utterance to behavioural statement', () => {
  it('gives a direct question after "vraagt" the word order of an indirect question', () => {
    expect(nl('De hulpverlener vraagt hoe gaat het nu?')).toBe('De hulpverlener vraagt hoe het nu gaat.');
    expect(nl('De hulpverlener vraagt hoe laat staan jullie op, wie doet wat.')).toBe(
      'De hulpverlener vraagt hoe laat de cliënten opstaan, wie wat doet.',
    );
    expect(en('The practitioner asks what is the client worried about?')).toBe(
      'The practitioner asks what the client is worried about.',
    );
  });

  it('gives a yes/no question after "vraagt of" subordinate word order', () => {
    expect(nl('De hulpverlener vraagt of klopt dat zo voor de cliënt.')).toBe(
      'De hulpverlener vraagt of dat zo voor de cliënt klopt.',
    );
    expect(nl('De hulpverlener vraagt of de cliënt heeft daar met school over gesproken.')).toBe(
      'De hulpverlener vraagt of de cliënt daar met school over gesproken heeft.',
    );
    expect(nl('De hulpverlener vraagt of en wat doet de cliënt op dat moment.')).toBe(
      'De hulpverlener vraagt wat de cliënt op dat moment doet.',
    );
  });

  it('resolves every first- and second-person form to a role', () => {
    expect(
      nl('De hulpverlener laat een kaartje achter met ons nummer en zegt dat we volgende week terugkomen.'),
    ).toBe(
      'De hulpverlener laat een kaartje achter met het eigen nummer en zegt dat de hulpverleners terugkomen.',
    );
    expect(nl('De hulpverlener schrijft op wat we besproken hebben.')).toBe(
      'De hulpverlener schrijft op wat de hulpverlener en de cliënt besproken hebben.',
    );
    expect(nl('De hulpverlener legt uit dat je mij altijd kunt bellen.')).toBe(
      'De hulpverlener legt uit dat de cliënt de hulpverlener altijd kan bellen.',
    );
    expect(en('The practitioner explains that we has agreed what you are going to do.')).toBe(
      'The practitioner explains that the practitioner and the client have agreed what the client is going to do.',
    );
  });

  it('drops interjections, quotation marks and discourse particles', () => {
    expect(nl('De hulpverlener zegt: "Nou, dat regelen we even."')).not.toMatch(/nou|even|"/i);
    expect(en('The practitioner says, well, that they will just call.')).toBe(
      'The practitioner says, that they will call.',
    );
  });
});

describe('from the case to the general act', () => {
  it('drops weekdays, clock times and dates, and reads "ziet de cliënt" as a follow-up appointment', () => {
    expect(nl('De hulpverlener ziet de cliënt volgende week donderdag om half tien weer.')).toBe(
      'De hulpverlener maakt een vervolgafspraak met de cliënt.',
    );
    expect(nl('De hulpverlener plant een huisbezoek voor morgen om 10.00 uur.')).toBe(
      'De hulpverlener plant een huisbezoek.',
    );
    expect(en('The practitioner phones the client on Tuesday at 3 pm.')).toBe(
      'The practitioner phones the client.',
    );
  });

  it('keeps the norm of a frequency but not the weekday it fell on', () => {
    expect(nl('De hulpverlener spreekt met de cliënt af dat zij elke dinsdag langskomt.')).toBe(
      'De hulpverlener spreekt met de cliënt af dat zij wekelijks langskomt.',
    );
  });

  it('drops a named language from an interpreter and an amount from a debt', () => {
    expect(nl('De hulpverlener zet een telefonische tolk Tigrinya in.')).toBe(
      'De hulpverlener zet een telefonische tolk in.',
    );
    expect(nl('De hulpverlener brengt ruim 14.000 euro aan schulden in kaart.')).toBe(
      'De hulpverlener brengt een bedrag aan schulden in kaart.',
    );
  });

  it('never leaves a pseudonym placeholder or its debris in a statement', () => {
    expect(nl('De hulpverlener spreekt een huisbezoek af op [ADRES].')).toBe(
      'De hulpverlener spreekt een huisbezoek af.',
    );
    expect(nl('De hulpverlener neemt contact op met [CLIËNT 1] op het telefoonnummer.')).toBe(
      'De hulpverlener neemt contact op met de cliënt.',
    );
    expect(nl('De hulpverlener koppelt een vrijwilliger aan de cliënt, een betrokkene.')).toBe(
      'De hulpverlener koppelt een vrijwilliger aan de cliënt.',
    );
  });

  it('proposes no statement for a self-description', () => {
    expect(nl('De hulpverlener is een betrokkene, werkt bij het maatschappelijk werk.')).toBeNull();
    expect(nl('De hulpverlener werkt bij het wijkteam.')).toBeNull();
    expect(en('The practitioner is a youth worker at the centre.')).toBeNull();
    expect(nl('De hulpverlener is aanwezig bij het gesprek met school.')).not.toBeNull();
  });
});

describe('named organisations and places become their kind', () => {
  it('keeps the kind of a named organisation and drops its name', () => {
    expect(nl('De hulpverlener neemt contact op met woningcorporatie Woonstede.')).toBe(
      'De hulpverlener neemt contact op met de woningcorporatie.',
    );
    expect(nl('De hulpverlener schrijft de kinderen in op basisschool De Regenboog.')).toBe(
      'De hulpverlener schrijft de kinderen in op de basisschool.',
    );
    expect(en("The practitioner refers the client to the food bank St Mary's.")).toBe(
      'The practitioner refers the client to the food bank.',
    );
  });

  it('reads a named person of an organisation as a worker there', () => {
    expect(nl('De hulpverlener gaat samen met Anja van de woningcorporatie langs.')).toBe(
      'De hulpverlener gaat samen met een medewerker van de woningcorporatie langs.',
    );
    expect(en('The practitioner rings Julie from the housing office.')).toBe(
      'The practitioner rings a worker from the housing office.',
    );
  });

  it('drops the place where something happened, but not a general institution or an acronym', () => {
    expect(nl('De hulpverlener belt de dochter in Zwolle.')).toBe('De hulpverlener belt de dochter.');
    expect(en("The practitioner phones the daughter in Leeds with the client's consent.")).toBe(
      "The practitioner phones the daughter with the client's consent.",
    );
    expect(nl('De hulpverlener vraagt Veilig Thuis om advies.')).toBe(
      'De hulpverlener vraagt Veilig Thuis om advies.',
    );
    expect(nl('De hulpverlener meldt de cliënt aan bij het UWV.')).toBe(
      'De hulpverlener meldt de cliënt aan bij het UWV.',
    );
  });
});

describe('a verb without what it is about', () => {
  it('proposes no statement for a bare verb that needs an object, such as "besluit" or "spreekt af"', () => {
    expect(nl('De hulpverlener besluit.')).toBeNull();
    expect(nl('De hulpverlener spreekt af.')).toBeNull();
    expect(nl('De hulpverlener laat binnen.')).toBeNull();
    expect(en('The practitioner decides.')).toBeNull();
  });

  it('keeps a verb that is an act on its own, and any verb with an object', () => {
    expect(nl('De hulpverlener evalueert.')).toBe('De hulpverlener evalueert.');
    expect(nl('De hulpverlener sluit af.')).toBe('De hulpverlener sluit af.');
    expect(nl('De hulpverlener spreekt een plan af.')).toBe('De hulpverlener spreekt een plan af.');
  });
});
