import { describe, expect, it } from 'vitest';
import {
  NewRoundForm,
  PoolSettingsForm,
  ProposalForm,
  RoundSettingsForm,
  SelectionForm,
} from '../../src/routes/rounds/forms';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('round form schemas', () => {
  it('reads the settings with empty dates as none, ticks as booleans and no grace as 0 hours', () => {
    const r = RoundSettingsForm.parse({ title: ' Ronde 1 ', askRelevance: 'on', opensAt: '' });
    expect(r).toEqual({
      title: 'Ronde 1',
      instructions: '',
      opensAt: null,
      closesAt: null,
      askRelevance: true,
      feedbackByGroup: false,
      graceHours: 0,
    });
  });

  it('names every refused field with its message key, a closing date before opening beside the closing date', () => {
    const r = NewRoundForm.safeParse({
      kind: 'poll',
      title: '',
      opensAt: '2031-03-07',
      closesAt: '2031-03-01',
      graceHours: '169',
    });
    expect(messages(r)).toEqual({
      kind: 'rounds.errKind',
      title: 'rounds.errTitle',
      closesAt: 'rounds.errDates',
      graceHours: 'rounds.errGrace',
    });
    expect(messages(RoundSettingsForm.safeParse({ title: 'x', closesAt: '2031-13-01' }))).toEqual({
      closesAt: 'rounds.errDate',
    });
  });

  it('takes the first value of a repeated text field and every whole number of the ticked items', () => {
    expect(RoundSettingsForm.parse({ title: ['Eerste', 'Tweede'] }).title).toBe('Eerste');
    expect(SelectionForm.parse({ ref: ['3', 'x', '5'] }).ref).toEqual([3, 5]);
    expect(SelectionForm.parse({}).ref).toEqual([]);
  });

  it('needs a subset size and minimum only when subsets are on', () => {
    expect(PoolSettingsForm.parse({})).toBeNull();
    expect(PoolSettingsForm.parse({ enabled: '1', size: ' 20 ', minPerItem: '3' })).toEqual({
      size: 20,
      minPerItem: 3,
      randomOrder: false,
    });
    expect(messages(PoolSettingsForm.safeParse({ enabled: '1', size: '1001', minPerItem: '0' }))).toEqual({
      size: 'pool.errSize',
      minPerItem: 'pool.errMin',
    });
  });

  it('asks a reason only for rejecting a proposed activity', () => {
    expect(messages(ProposalForm.safeParse({ action: 'reject', reason: ' ' }))).toEqual({
      reason: 'rounds.errReason',
    });
    expect(ProposalForm.parse({ action: 'new', text: 'De hulpverlener belt terug.' }).itemId).toBeNaN();
  });
});
