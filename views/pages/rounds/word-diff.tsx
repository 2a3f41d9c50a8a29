import type { WordRun } from '../../../db/rounds/process-view';

/**
 * A proposed wording with the words it adds to the frozen wording marked (`<ins>`). Deleted words are not
 * shown: the frozen wording stands right above, and the proposal stays readable as one sentence aloud.
 */
export function AddedWords(props: { words: readonly WordRun[] }) {
  return (
    <>
      {props.words.map((s, k) => (
        <>
          {k > 0 && ' '}
          {s.added ? <ins>{s.text}</ins> : s.text}
        </>
      ))}
    </>
  );
}
