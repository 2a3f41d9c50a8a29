const CALL = /^(belt|opbelt|mailt|appt|sms't|whatsappt|telefoneert)$/;

/**
 * Calling, mailing or texting someone is, in behavioural terms, making contact: "belt de cliënt" →
 * "neemt contact op met de cliënt". Sending something ("mailt het plan") stays as it is.
 */
export function contactVerb(verb: string, given: string[]): string[] {
  if (!CALL.test(verb)) return [verb, ...given];
  // The particle of "opbellen" ("bel haar op") has no place in "neemt contact op".
  const rest = given.filter(
    (w, i) => !(w === 'op' && (i === given.length - 1 || /^[.,;:]$/.test(given[i + 1]!))),
  );
  const isPrep = (w: string | undefined) =>
    !!w && /^(met|van|voor|naar|bij|op|in|over|aan|om|tot|door)$/.test(w);
  let obj = rest.findIndex((w, i) => /^de cliënt(en)?$/.test(w) && !isPrep(rest[i - 1]));
  if (obj < 0)
    obj = rest.findIndex(
      (w, i) =>
        /^(de|het|een|die|deze|zijn|haar|hun)$/.test(w) && !isPrep(rest[i - 1]) && !isPrep(rest[i - 2]),
    );
  // "mailt het plan naar …" and "mailt de cliënten het plan" send something; "belt de cliënt" makes contact.
  const after = rest.slice(obj + 1).filter((w) => !/^(allebei|beiden|ook|nog|nu)$/.test(w));
  const thing =
    obj >= 0 &&
    ((/^(het|een)$/.test(rest[obj]!) && rest.includes('naar')) ||
      (verb === 'mailt' && /cliënt/.test(rest[obj]!) && /^(het|een)$/.test(after[0] ?? '')));
  const met = rest.indexOf('met');
  if (obj < 0 && met >= 0 && !thing)
    return ['neemt', ...rest.slice(0, met), 'contact op', ...rest.slice(met)];
  if (obj < 0 || thing) return [verb === 'mailt' ? 'stuurt' : verb, ...rest];
  if (/^de cliënt(en)?$/.test(rest[obj]!)) {
    // "belt de cliënt de volgende dag" → "neemt de volgende dag contact op met de cliënt".
    const others = rest.filter((_, i) => i !== obj);
    let end = others.length;
    while (end > 0 && /^[.,;:!?]$/.test(others[end - 1]!)) end--;
    return ['neemt', ...others.slice(0, end), 'contact op met', rest[obj]!, ...others.slice(end)];
  }
  return ['neemt', ...rest.slice(0, obj), 'contact op met', ...rest.slice(obj)];
}
