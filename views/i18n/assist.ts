import { defineTexts } from './define';

/** The optional language-model assist of the draft: settings, the run button and its messages. */
export const assist = defineTexts(
  {
    title: 'Taalmodel als hulp (optioneel)',
    link: 'Taalmodel als hulp',
    intro:
      'Staat standaard uit. Maatstaf stuurt alleen de gepseudonimiseerde casustekst naar een OpenAI-compatibel chat-endpoint dat u zelf beheert (een lokale modelserver of die van uw instelling). Wat terugkomt wordt gecontroleerd (het bewijs moet letterlijk in de casus staan, de formulering mag niet te controleren zijn) en verschijnt alleen als voorstel.',
    enabled: 'Taalmodel gebruiken voor deze studie',
    endpoint: 'Adres van het chat-completions-endpoint',
    endpointHint: 'Bijvoorbeeld http://127.0.0.1:8080/v1/chat/completions',
    model: 'Modelnaam',
    apiKey: 'API-sleutel (optioneel)',
    apiKeyHint: 'Leeg laten om de opgeslagen sleutel te houden.',
    keySet: 'Er is een sleutel opgeslagen.',
    removeKey: 'Opgeslagen sleutel verwijderen',
    save: 'Instellingen opslaan',
    saved: 'Instellingen opgeslagen.',
    errors: 'Controleer de instellingen.',
    errEndpoint: 'Vul een adres in dat begint met http:// of https://.',
    errModel: 'Vul een modelnaam in (hoogstens 200 tekens).',
    errKey: 'De sleutel is te lang.',
    off: 'Het taalmodel staat uit voor deze studie.',
    run: 'Voorstellen vragen aan het taalmodel',
    runHint: 'De voorstellen komen bij de voorstellen van het concept; er verandert niets zonder uw akkoord.',
    done: (items: number, dropped: number) =>
      `${items} ${items === 1 ? 'voorstel' : 'voorstellen'} van het taalmodel toegevoegd` +
      (dropped
        ? `; ${dropped} niet overgenomen omdat het bewijs niet in de casus stond of de formulering niet klopte.`
        : '.'),
    noCases: 'Er zijn nog geen casussen om voor te leggen.',
    failTimeout:
      'Het taalmodel antwoordde niet op tijd. Er is niets opgeslagen; probeer het later opnieuw of kies een sneller model.',
    failUnreachable: 'Het taalmodel is niet bereikbaar op het opgegeven adres. Er is niets opgeslagen.',
    failHttp:
      'Het taalmodel gaf een foutmelding terug. Er is niets opgeslagen; controleer adres, modelnaam en sleutel.',
    failFormat:
      'Het antwoord van het taalmodel was geen bruikbare JSON met uitspraken. Er is niets opgeslagen.',
  },
  {
    title: 'Language-model assist (optional)',
    link: 'Language-model assist',
    intro:
      'Off by default. Maatstaf sends only the pseudonymised case text to an OpenAI-compatible chat endpoint that you control (a local model server or your institution’s). Whatever comes back is checked (the evidence must be quoted from the case, the wording must not need checking) and is shown as a suggestion only.',
    enabled: 'Use a language model for this study',
    endpoint: 'Chat-completions endpoint URL',
    endpointHint: 'For example http://127.0.0.1:8080/v1/chat/completions',
    model: 'Model name',
    apiKey: 'API key (optional)',
    apiKeyHint: 'Leave empty to keep the stored key.',
    keySet: 'A key is stored.',
    removeKey: 'Remove the stored key',
    save: 'Save settings',
    saved: 'Settings saved.',
    errors: 'Please check the settings.',
    errEndpoint: 'Enter a URL starting with http:// or https://.',
    errModel: 'Enter a model name (at most 200 characters).',
    errKey: 'The key is too long.',
    off: 'The language model is off for this study.',
    run: 'Ask the language model for suggestions',
    runHint: 'Suggestions join the draft’s suggestions; nothing changes without your approval.',
    done: (items: number, dropped: number) =>
      `${items} ${items === 1 ? 'suggestion' : 'suggestions'} from the language model added` +
      (dropped
        ? `; ${dropped} not taken because the evidence was not in the case or the wording needed checking.`
        : '.'),
    noCases: 'There are no cases to send yet.',
    failTimeout:
      'The language model did not answer in time. Nothing was stored; try again later or choose a faster model.',
    failUnreachable: 'The language model cannot be reached at the given URL. Nothing was stored.',
    failHttp:
      'The language model answered with an error. Nothing was stored; check the URL, model name and key.',
    failFormat: 'The language model’s answer was not usable JSON with statements. Nothing was stored.',
  },
);
