/**
 * Synthetic case text of a given size for the pseudonymisation benchmark: file notes with many different
 * people (names made from syllables, so the number of distinct people grows with the text), titles,
 * relatives, genitives, initials, addresses, phone numbers and e-mail addresses.
 */
const SYL = ['ka', 'ro', 'mi', 'te', 'lu', 'sa', 'ven', 'dor', 'bel', 'rin', 'tas', 'mo', 'ne', 'fi', 'gal'];

function nameFrom(n: number, parts: number): string {
  let s = '';
  let x = n;
  for (let i = 0; i < parts; i++) {
    s += SYL[x % SYL.length];
    x = Math.floor(x / SYL.length) + i + 1;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function note(i: number): string {
  const first = nameFrom(i, 3);
  const last = nameFrom(i * 7 + 3, 3) + 'er';
  const child = nameFrom(i * 13 + 5, 2) + 'a';
  const street = nameFrom(i * 3 + 1, 2) + 'straat';
  const day = String((i % 28) + 1).padStart(2, '0');
  return (
    `${day}-03: Huisbezoek bij mevrouw ${first} ${last} op de ${street} ${(i % 90) + 1}, ${1000 + (i % 8999)} KL Utrecht. ` +
    `Mw. ${last} vertelt dat haar dochter ${child} (${(i % 12) + 3}) slecht slaapt. ${first}s zus belde later vanaf ` +
    `06-${String(10000000 + i).slice(-8)}. Met toestemming van ${first.charAt(0)}. ${last} contact gezocht met de school ` +
    `van ${child} via ${first.toLowerCase()}.${last.toLowerCase()}@voorbeeld.nl. Afgesproken: volgende week weer een gesprek.\n`
  );
}

/** About `bytes` characters of case text. */
export function syntheticCase(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const n = note(i);
    parts.push(n);
    size += n.length;
  }
  return parts.join('');
}
