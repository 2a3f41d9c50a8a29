import { defineTexts } from './define';

export const privacy = defineTexts(
  {
    tab: 'Privacy',
    title: 'Privacy en bewaartermijn',
    intro:
      'Panelleden lezen deze informatiebrief op hun eerste pagina en geven toestemming voordat ze iets kunnen antwoorden. Laat de brief leeg voor het standaardsjabloon; {studie}, {bewaartermijn}, {contact} en {ethiek} worden ingevuld.',
    infoLetter: 'Informatiebrief',
    infoLetterHint: 'Leeg = het sjabloon hieronder. Lege regel = nieuwe alinea.',
    template: 'Sjabloon',
    contact: 'Contact voor vragen van panelleden',
    ethicsRef: 'Kenmerk ethische toetsing',
    retentionUntil: 'Bewaren tot',
    retentionHint:
      'Daarna moeten de persoonsgegevens van deze studie worden gewist; eigenaren krijgen een herinnering.',
    save: 'Opslaan',
    saved: 'Opgeslagen.',
    errDate: 'Geef een datum als jjjj-mm-dd.',
    preview: 'Zo leest het panellid de brief',
    deleteTitle: 'Studie verwijderen',
    deleteIntro:
      'Verwijderen wist alles van deze studie: casussen, concept, panel met namen en antwoorden, rapporten, standaarden en het logboek. Dit kan niet ongedaan worden gemaakt. Download eerst de hele studie als JSON als u die wilt bewaren (zonder namen en e-mailadressen van panelleden).',
    deleteExport: 'Studie als JSON downloaden',
    deleteConfirm: 'Typ de titel van de studie om te bevestigen',
    deleteButton: 'Studie definitief verwijderen',
    errConfirm: 'De titel komt niet overeen.',
    deleted: 'De studie is verwijderd.',
    dueTitle: 'Bewaartermijn verstreken',
    dueBody:
      'De bewaartermijn van deze studies is verstreken. Exporteer wat u wilt bewaren en verwijder de studie of de persoonsgegevens:',
    dueUntil: 'bewaren tot {date}',
    accountTitle: 'Uw account',
    accountIntro:
      'Verwijderen wist uw naam, e-mailadres en wachtwoord en meldt u overal af. In logboeken van studies blijft staan dat er een (verwijderd) account was.',
    soleOwner:
      'U bent de enige eigenaar van deze studies. Maak eerst iemand anders eigenaar of verwijder ze:',
    password: 'Uw wachtwoord',
    deleteAccount: 'Account definitief verwijderen',
    errPassword: 'Het wachtwoord klopt niet.',
    accountDeleted: 'Uw account is verwijderd.',
  },
  {
    tab: 'Privacy',
    title: 'Privacy and retention',
    intro:
      'Panellists read this information letter on their first page and consent before they can answer anything. Leave the letter empty for the standard template; {studie}, {bewaartermijn}, {contact} and {ethiek} are filled in.',
    infoLetter: 'Information letter',
    infoLetterHint: 'Empty = the template below. A blank line starts a new paragraph.',
    template: 'Template',
    contact: 'Contact for panellists’ questions',
    ethicsRef: 'Ethics approval reference',
    retentionUntil: 'Keep until',
    retentionHint: 'After this date the personal data of this study is to be erased; owners are reminded.',
    save: 'Save',
    saved: 'Saved.',
    errDate: 'Give a date as yyyy-mm-dd.',
    preview: 'The letter as a panellist reads it',
    deleteTitle: 'Delete study',
    deleteIntro:
      'Deleting erases everything of this study: cases, draft, the panel with names and answers, reports, standards and the audit log. This cannot be undone. Download the whole study as JSON first if you want to keep it (without panellists’ names and e-mail addresses).',
    deleteExport: 'Download the study as JSON',
    deleteConfirm: 'Type the study’s title to confirm',
    deleteButton: 'Delete study for good',
    errConfirm: 'The title does not match.',
    deleted: 'The study was deleted.',
    dueTitle: 'Retention period ended',
    dueBody:
      'The retention period of these studies has ended. Export what you want to keep and delete the study or its personal data:',
    dueUntil: 'keep until {date}',
    accountTitle: 'Your account',
    accountIntro:
      'Deleting erases your name, e-mail address and password and signs you out everywhere. Study audit logs keep that there was a (deleted) account.',
    soleOwner: 'You are the only owner of these studies. Make someone else owner or delete them first:',
    password: 'Your password',
    deleteAccount: 'Delete account for good',
    errPassword: 'The password is not right.',
    accountDeleted: 'Your account was deleted.',
  },
);
