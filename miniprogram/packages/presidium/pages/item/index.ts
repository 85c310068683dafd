/**
 * A presidium item: the body and timeline (shared item-view), then the actions the server offers (`actions` of
 * `presidium.detail`): register, not accept (reason code and explanation), return to the deputy, urge, review the
 * answer (release / send back), extension decisions, close, close with an explanation after 不满意 (chair only:
 * the server offers it); register with the 重点 mark; merge into a primary item (its id, or picked from the
 * queue); assign and re-handle (components/assign-form); 列入计划 (components/monitoring-form).
 *
 * Guarantees: the first screen is one call (`presidium.detail`); every action sends the version the person saw
 * and a request id per item and action (services); after an action the detail is read again, so what is shown is
 * the server's.
 */
import {
  mergeInto,
  notAccept,
  presidiumDetail,
  presidiumQueue,
  registerItem,
  simpleAction,
  type SimpleAction,
} from '../../../../services/presidium';
import type { ItemDetailView, ItemRowView } from '../../../../services/item-views';
import type { RejectReasonCode } from '../../../../../core/domain/opinion/status';
import { REJECT_REASON_LABELS, optionsOf } from '../../../../utils/labels';
import { itemDetailPage } from '../../../../utils/item-detail-page';

interface ActionButton {
  key: SimpleAction;
  label: string;
  theme: 'primary' | 'default' | 'danger';
}

/** Order of the buttons; each shows only when the server offers it. */
const BUTTONS: ActionButton[] = [
  { key: 'register', label: '登记受理', theme: 'primary' },
  { key: 'releaseReply', label: '审核通过，发布答复', theme: 'primary' },
  { key: 'sendBack', label: '退回重办（填写理由）', theme: 'default' },
  { key: 'approveExtension', label: '同意延期', theme: 'primary' },
  { key: 'refuseExtension', label: '不同意延期（填写理由）', theme: 'default' },
  { key: 'urge', label: '催办', theme: 'default' },
  { key: 'returnToDeputy', label: '退回代表补充（填写问题）', theme: 'default' },
  { key: 'close', label: '办结（填写说明）', theme: 'default' },
  { key: 'closeWithExplanation', label: '作出说明后办结（填写说明）', theme: 'default' },
];

type Item = ItemDetailView & { kind: string };

const page = itemDetailPage<Item>({
  detail: presidiumDetail,
  // Only the actions the server offers are shown.
  fromDetail: ({ can }) => ({
    buttons: BUTTONS.filter((b) => can[b.key]),
    canNotAccept: !!can.notAccept,
    canAssign: !!can.assign,
    canReHandle: !!can.reHandle,
    canMerge: !!can.merge,
    canMonitor: !!can.markMonitoring,
  }),
});

Component({
  data: {
    ...page.data,
    buttons: [] as ActionButton[],
    canNotAccept: false,
    canAssign: false,
    canReHandle: false,
    canMerge: false,
    canMonitor: false,
    isKey: false,
    primaryItemId: '',
    candidates: [] as ItemRowView[],
    candidatesError: '',
    text: '',
    reasonOptions: optionsOf(REJECT_REASON_LABELS),
    reasonCode: '',
    competentBody: '',
    rejectText: '',
    actionError: '',
    actionDone: '',
    saving: false,
  },
  methods: {
    ...page.methods,
    onText(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ text: event.detail.value });
    },
    onReason(event: WechatMiniprogram.BaseEvent<object, { code?: string }>) {
      this.setData({ reasonCode: event.currentTarget.dataset.code ?? '' });
    },
    onCompetentBody(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ competentBody: event.detail.value });
    },
    onRejectText(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ rejectText: event.detail.value });
    },
    onAction(event: WechatMiniprogram.BaseEvent<object, { action?: SimpleAction }>) {
      const item = this.data.item;
      const action = event.currentTarget.dataset.action;
      if (!item || !action || this.data.saving) return;
      const label = BUTTONS.find((b) => b.key === action)?.label ?? '';
      void this.act(
        () =>
          action === 'register'
            ? registerItem(item.itemId, item.version, this.data.isKey)
            : simpleAction(action, item.itemId, item.version, this.data.text),
        `已${label.replace(/（.*）/, '')}`,
      );
    },
    onNotAccept() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.reasonCode) return this.setData({ actionError: '请选择不予受理的理由' });
      void this.act(
        () =>
          notAccept(
            item.itemId,
            item.version,
            this.data.reasonCode as RejectReasonCode,
            this.data.rejectText,
            this.data.competentBody,
          ),
        '已作不予受理处理',
      );
    },
    onKeyToggle() {
      this.setData({ isKey: !this.data.isKey });
    },
    onPrimaryId(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ primaryItemId: event.detail.value });
    },
    async onLoadCandidates() {
      const item = this.data.item;
      if (!item) return;
      const result = await presidiumQueue({ status: ['forwarded', 'registered'] });
      if (!result.ok) return this.setData({ candidatesError: result.error.message });
      const candidates = result.data.rows.filter((r) => r.itemId !== item.itemId).slice(0, 5);
      this.setData({ candidates, candidatesError: candidates.length ? '' : '队列中暂无可并入的事项' });
    },
    onPickPrimary(event: WechatMiniprogram.BaseEvent<object, { id?: string }>) {
      this.setData({ primaryItemId: event.currentTarget.dataset.id ?? '' });
    },
    onMerge() {
      const item = this.data.item;
      const primary = this.data.primaryItemId.trim();
      if (!item || this.data.saving) return;
      if (!primary) return this.setData({ actionError: '请填写或选择主件编号' });
      void this.act(() => mergeInto(item.itemId, item.version, primary), '已并案');
    },
    onFormDone(event: WechatMiniprogram.CustomEvent<{ message: string }>) {
      void this.load(true).then(() => this.setData({ actionDone: event.detail.message, actionError: '' }));
    },
    async act(run: () => ReturnType<typeof simpleAction>, done: string) {
      this.setData({ saving: true, actionError: '', actionDone: '' });
      const result = await run();
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      this.setData({ text: '', rejectText: '', competentBody: '', reasonCode: '', primaryItemId: '', candidates: [] });
      await this.load(true);
      this.setData({ actionDone: done });
    },
  },
});
