// Specification: what a resident sees of the timeline, and what a unit sees of a confidential submitter.
import { residentTimeline, staffTimeline, type ItemEvent } from '../../../core/domain/opinion';
import { actorFor, days } from './fixtures';

let seq = 0;
function ev(partial: Partial<ItemEvent> & Pick<ItemEvent, 'event' | 'to' | 'visibleToResident'>): ItemEvent {
  seq += 1;
  return {
    _id: `e${seq}`,
    townshipId: 'tw-1',
    itemId: 'item-1',
    seq,
    actor: { role: 'staff', id: 'staff-1', name: '王专干' },
    at: days(seq),
    from: null,
    payload: {},
    ...partial,
  };
}

const events: ItemEvent[] = [
  ev({
    event: 'submit',
    to: 'submitted',
    visibleToResident: true,
    actor: { role: 'resident', id: 'res-1', name: '张三丰' },
  }),
  ev({
    event: 'forwardToPresidium',
    to: 'forwarded',
    visibleToResident: true,
    actor: { role: 'deputy', id: 'dep-1', name: '刘芳' },
    payload: { deputyView: '代表内部意见' },
  }),
  ev({ event: 'addNote', to: 'forwarded', visibleToResident: false, payload: { note: '内部备注：提出人经常反映' } }),
  ev({
    event: 'assign',
    to: 'assigned',
    visibleToResident: true,
    payload: {
      unitName: '镇村建办',
      dueAt: '2026-04-09T15:59:59Z',
      responsiblePerson: '李主任',
      contact: '13900001111',
    },
  }),
  ev({
    event: 'submitReply',
    to: 'replyReview',
    visibleToResident: false,
    actor: { role: 'unitHandler', id: 'u-1', name: '赵办事员' },
    payload: { text: '草稿' },
  }),
  ev({
    event: 'releaseReply',
    to: 'awaitingEvaluation',
    visibleToResident: true,
    payload: { text: '已更换路灯三盏。', outcome: 'resolved' },
  }),
  ev({
    event: 'rate',
    to: 'closed',
    visibleToResident: true,
    actor: { role: 'resident', id: 'res-1', name: '张三丰' },
    payload: { rating: 'satisfied', comment: '谢谢' },
  }),
];

describe('resident timeline', () => {
  const view = residentTimeline([...events].reverse());

  test('only resident-visible events, in order', () => {
    expect(view.map((e) => e.event)).toEqual(['submit', 'forwardToPresidium', 'assign', 'releaseReply', 'rate']);
  });

  test('staff notes, drafts, internal views and staff names never appear', () => {
    const text = JSON.stringify(view);
    for (const secret of ['内部备注', '草稿', '代表内部意见', '王专干', '赵办事员', '李主任', '13900001111']) {
      expect(text).not.toContain(secret);
    }
  });

  test('actors are shown by role; a deputy by name', () => {
    expect(view.map((e) => e.actorLabel)).toEqual(['您', '刘芳代表', '镇人大主席团', '镇人大主席团', '您']);
  });

  test('texts: unit and Shanghai due date on assignment, outcome with the reply, the rating', () => {
    expect(view.find((e) => e.event === 'assign')?.text).toBe('承办单位：镇村建办，办理期限：2026年4月9日');
    expect(view.find((e) => e.event === 'releaseReply')?.text).toBe('【已解决】已更换路灯三盏。');
    expect(view.find((e) => e.event === 'rate')?.text).toBe('满意：谢谢');
    expect(view.find((e) => e.event === 'rate')?.statusLabel).toBe('已办结');
  });
});

describe('staff timeline', () => {
  test('shows everything to the chain, but a unit never learns a confidential submitter’s name', () => {
    const unitView = staffTimeline({ hideIdentityFromUnit: true }, events, actorFor('unitHandler'));
    expect(unitView).toHaveLength(events.length);
    expect(JSON.stringify(unitView)).not.toContain('张三丰');
    const staffView = staffTimeline({ hideIdentityFromUnit: true }, events, actorFor('staff'));
    expect(staffView[0]?.actor.name).toBe('张三丰');
  });
});
