import { describe, expect, it } from 'vitest';
import {
  EditItemForm,
  MergeItemsForm,
  readMergeForm,
  SplitClusterForm,
  SplitItemForm,
  toId,
} from '../../src/draft/forms';
import { LIMITS } from '../../src/limits';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('draft forms', () => {
  it('reads ids written in digits only, and nothing else', () => {
    expect(['1', '42', '0', '-1', '1.5', '1e3', '', ' 2', '99999999999999999999'].map(toId)).toEqual([
      1,
      42,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads an edit leniently: repeated fields give their first value, a broken version counts as 0', () => {
    const r = EditItemForm.parse({ text: ['  Ik bel. ', 'x'], clusterId: '', phaseId: 'p1', version: 'x' });
    expect(r).toEqual({ text: 'Ik bel.', clusterId: null, phaseId: 'p1', reason: '', version: 0 });
    expect(EditItemForm.parse({ text: 'a', clusterId: 'abc', version: '3' }).clusterId).toBeUndefined();
    expect(messages(EditItemForm.safeParse({ text: '  ' }))).toEqual({ text: 'draft.errText' });
  });

  it('splits into the non-empty wordings; a sentence assigned to an empty wording stays with the first', () => {
    const r = SplitItemForm.parse({
      part: ['Ik bel.', '', 'Ik schrijf.'],
      'ev-5': '2',
      'ev-6': '1',
      version: '4',
    });
    expect(r.parts).toEqual(['Ik bel.', 'Ik schrijf.']);
    expect([...r.assign]).toEqual([[5, 1]]);
    expect(r.version).toBe(4);
  });

  it('asks for two wordings, and names the limit of a wording or reason that is too long', () => {
    expect(messages(SplitItemForm.safeParse({ part: 'Alleen één' }))).toEqual({ parts: 'draft.errParts' });
    const long = SplitItemForm.safeParse({
      part: ['a', 'b'.repeat(LIMITS.item + 1)],
      reason: 'r'.repeat(LIMITS.note + 1),
    });
    expect(long.error?.issues.map((i) => [i.path[0], i.code])).toEqual([
      ['parts', 'too_big'],
      ['reason', 'too_big'],
    ]);
  });

  it('merges only into one of the chosen items, each with the version the form was based on', () => {
    const raw = { ids: ['3', '4', '3', 'x'], 'v-3': '2', 'v-4': '5', target: '4', text: ' Samen ' };
    const r = MergeItemsForm.parse(raw);
    expect(r.ids).toEqual([3, 4]);
    expect([...r.versions]).toEqual([
      [3, 2],
      [4, 5],
    ]);
    expect([r.targetId, r.text]).toEqual([4, 'Samen']);
    expect(messages(MergeItemsForm.safeParse({ ...raw, target: '9' }))).toEqual({
      target: 'draft.errTarget',
    });
    expect(readMergeForm({ ...raw, target: '9' }).ids).toEqual([3, 4]);
  });

  it('asks for both a name and a choice when splitting a cluster, at once', () => {
    expect(messages(SplitClusterForm.safeParse({ newLabel: ' ', itemIds: 'x' }))).toEqual({
      newLabel: 'draft.errLabel',
      choice: 'draft.errChoice',
    });
    expect(SplitClusterForm.parse({ newLabel: 'Nieuw', subIds: ['2', '3'] })).toEqual({
      newLabel: 'Nieuw',
      subIds: [2, 3],
      itemIds: [],
    });
  });
});
