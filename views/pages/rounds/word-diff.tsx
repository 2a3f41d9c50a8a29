/**
 * A proposed wording with the words it adds to the frozen wording marked (`<ins>`). Deleted words are not
 * shown: the frozen wording stands right above, and the proposal stays readable as one sentence aloud.
 */
export function AddedWords(props: { from: string; to: string }) {
  const a = props.from.split(/\s+/).filter(Boolean);
  const b = props.to.split(/\s+/).filter(Boolean);
  const key = (w: string) => w.toLowerCase().replace(/[.,;:!?]+$/, '');
  // Longest common subsequence of words, table from the end so the walk below goes forward.
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: { text: string; added: boolean }[] = [];
  let i = 0;
  for (let j = 0; j < b.length; j++) {
    while (i < a.length && key(a[i]!) !== key(b[j]!) && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    const added = !(i < a.length && key(a[i]!) === key(b[j]!));
    if (!added) i++;
    const last = out[out.length - 1];
    if (last && last.added === added) last.text += ` ${b[j]}`;
    else out.push({ text: b[j]!, added });
  }
  return (
    <>
      {out.map((s, k) => (
        <>
          {k > 0 && ' '}
          {s.added ? <ins>{s.text}</ins> : s.text}
        </>
      ))}
    </>
  );
}
