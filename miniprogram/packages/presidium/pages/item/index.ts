/**
 * A presidium item: the body and timeline (shared item-view), then the actions the server offers (`actions` of
 * `presidium.detail`): register, not accept (reason code and explanation), return to the deputy, urge, review the
 * answer (release / send back), extension decisions, close; for assignment, the deadline preview
 * (`previewDueAt`: due date, working days and the statutory cap).
 *
 * Guarantees: the first screen is one call (`presidium.detail`); every action sends the version the person saw
 * and a request id per item and action (services); after an action the detail is read again, so what is shown is
 * the server's. No handling-unit list exists on the server yet, so assignment itself is not offered here.
 */
import {
  notAccept,
  presidiumDetail,
  previewDueAt,
  simpleAction,
  type DuePreviewView,
  type SimpleAction,
} from '../../../../services/presidium';
import type { ItemDetailView } from '../../../../services/item-views';
import type { ItemKind, RejectReasonCode } from '../../../../../core/domain/opinion/status';
import { REJECT_REASON_LABELS, optionsOf } from '../../../../utils/labels';
import { readLargeFont } from '../../../../utils/large-font';

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
];

type Item = ItemDetailView & { kind: string };

interface Instance {
  itemId: string;
}

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    item: null as Item | null,
    buttons: [] as ActionButton[],
    canNotAccept: false,
    canAssign: false,
    text: '',
    reasonOptions: optionsOf(REJECT_REASON_LABELS),
    reasonCode: '',
    competentBody: '',
    rejectText: '',
    dueDate: '',
    difficult: false,
    preview: null as DuePreviewView | null,
    previewError: '',
    actionError: '',
    actionDone: '',
    saving: false,
  },
  methods: {
    onLoad(query: { id?: string }) {
      (this as unknown as Instance).itemId = query.id ?? '';
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },
    async onPullDownRefresh() {
      await this.load(true);
      wx.stopPullDownRefresh?.();
    },
    async load(quiet = false) {
      if (!quiet && this.data.status !== 'loading') this.setData({ status: 'loading' });
      const result = await presidiumDetail((this as unknown as Instance).itemId);
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      const can = result.data.can;
      this.setData({
        status: 'ready',
        item: result.data,
        buttons: BUTTONS.filter((b) => can[b.key]),
        canNotAccept: !!can.notAccept,
        canAssign: !!can.assign,
      });
    },
    onRetry() {
      void this.load();
    },
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
        () => simpleAction(action, item.itemId, item.version, this.data.text),
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
    onDueDate(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ dueDate: event.detail.value });
      void this.preview();
    },
    onDifficult() {
      this.setData({ difficult: !this.data.difficult });
      void this.preview();
    },
    onPreview() {
      void this.preview();
    },
    async preview() {
      const item = this.data.item;
      if (!item) return;
      const result = await previewDueAt(item.kind as ItemKind, this.data.dueDate, this.data.difficult);
      if (!result.ok) return this.setData({ preview: null, previewError: result.error.message });
      this.setData({ preview: result.data, previewError: '' });
    },
    async act(run: () => ReturnType<typeof simpleAction>, done: string) {
      this.setData({ saving: true, actionError: '', actionDone: '' });
      const result = await run();
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      this.setData({ text: '', rejectText: '', competentBody: '', reasonCode: '' });
      await this.load(true);
      this.setData({ actionDone: done });
    },
  },
});
