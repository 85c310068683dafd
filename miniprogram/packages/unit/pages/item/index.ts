/**
 * A handling unit's item: content, assignment and timeline; sign it or return it as misassigned (with a reason),
 * add a progress note, request an extension (reason and the date asked for), and answer with an outcome class
 * (已解决 / 列入计划 / 暂不能解决; a planned answer carries the plan, its milestones and the expected date), as the
 * server offers.
 *
 * Guarantees: the first screen is one call (`unit.detail`); actions send the version the unit saw and a request
 * id per item and action; after an action the detail is read again, so what is shown is the server's.
 */
import type { ItemDetailView } from '../../../../services/item-views';
import {
  addProgressNote,
  requestExtension,
  returnMisassigned,
  sign,
  submitReply,
  unitDetail,
} from '../../../../services/unit';
import type { MilestoneDraft } from '../../../../components/milestones-editor/index';
import { milestonesOf } from '../../../../components/milestones-editor/milestones';
import { CONTACT_TYPE_LABELS, OUTCOME_LABELS, optionsOf } from '../../../../utils/labels';
import { itemDetailPage } from '../../../../utils/item-detail-page';

type Mode = '' | 'return' | 'note' | 'reply' | 'extension';
type Outcome = 'resolved' | 'planned' | 'cannotResolve';
type ContactType = 'faceToFace' | 'phone' | 'siteVisit';

const page = itemDetailPage<ItemDetailView>({
  detail: unitDetail,
});

Component({
  data: {
    ...page.data,
    mode: '' as Mode,
    reason: '',
    note: '',
    contactOptions: optionsOf(CONTACT_TYPE_LABELS),
    contactType: '',
    outcomeOptions: optionsOf(OUTCOME_LABELS),
    outcome: '',
    replyText: '',
    plan: '',
    milestones: [] as MilestoneDraft[],
    expectedDate: '',
    extensionReason: '',
    extensionDate: '',
    actionError: '',
    saving: false,
  },
  methods: {
    ...page.methods,
    onMode(event: WechatMiniprogram.BaseEvent<object, { mode: Mode }>) {
      const mode = event.currentTarget.dataset.mode;
      this.setData({ mode: this.data.mode === mode ? '' : mode, actionError: '' });
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field: string }>) {
      this.setData({ [event.currentTarget.dataset.field]: event.detail.value });
    },
    onMilestones(event: WechatMiniprogram.CustomEvent<{ milestones: MilestoneDraft[] }>) {
      this.setData({ milestones: event.detail.milestones });
    },
    onDate(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field: string }>) {
      this.setData({ [event.currentTarget.dataset.field]: event.detail.value });
    },
    onExtension() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.extensionReason.trim()) return this.setData({ actionError: '请填写延期理由' });
      if (!this.data.extensionDate) return this.setData({ actionError: '请选择申请延至的日期' });
      const reason = this.data.extensionReason.trim();
      void this.act(() => requestExtension(item.itemId, item.version, reason, this.data.extensionDate));
    },
    onSign() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      void this.act(() => sign(item.itemId, item.version));
    },
    onReturn() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.reason.trim()) return this.setData({ actionError: '请填写退回理由' });
      void this.act(() => returnMisassigned(item.itemId, item.version, this.data.reason.trim()));
    },
    onNote() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.note.trim()) return this.setData({ actionError: '请填写办理进展' });
      const contact = (this.data.contactType || undefined) as ContactType | undefined;
      void this.act(() => addProgressNote(item.itemId, item.version, this.data.note.trim(), contact));
    },
    onReply() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      const d = this.data;
      if (!d.outcome) return this.setData({ actionError: '请选择办理结果' });
      if (!d.replyText.trim()) return this.setData({ actionError: '请填写答复内容' });
      if (d.outcome === 'planned' && !d.plan.trim()) return this.setData({ actionError: '请填写解决计划' });
      if (d.outcome === 'planned' && milestonesOf(d.milestones).length === 0) {
        return this.setData({ actionError: '请至少填写一个里程碑' });
      }
      if (d.outcome === 'planned' && !d.expectedDate) return this.setData({ actionError: '请选择预计完成时间' });
      const reply: Parameters<typeof submitReply>[2] = { text: d.replyText.trim(), outcome: d.outcome as Outcome };
      if (d.plan.trim()) reply.plan = d.plan.trim();
      if (d.outcome === 'planned') {
        reply.milestones = milestonesOf(d.milestones);
        if (d.expectedDate) reply.expectedDate = d.expectedDate;
      }
      void this.act(() => submitReply(item.itemId, item.version, reply));
    },
    async act(run: () => ReturnType<typeof sign>) {
      this.setData({ saving: true, actionError: '' });
      const result = await run();
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      this.setData({
        mode: '',
        reason: '',
        note: '',
        contactType: '',
        outcome: '',
        replyText: '',
        plan: '',
        milestones: [],
        expectedDate: '',
        extensionReason: '',
        extensionDate: '',
      });
      void wx.showToast({ title: '已完成', icon: 'success' });
      await this.load(true);
    },
  },
});
