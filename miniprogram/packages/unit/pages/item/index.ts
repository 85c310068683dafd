/**
 * A handling unit's item: content, assignment and timeline; sign it or return it as misassigned (with a reason),
 * add a progress note, and answer with an outcome class (已解决 / 列入计划 / 暂不能解决), as the server offers.
 *
 * Guarantees: the first screen is one call (`unit.detail`); actions send the version the unit saw and a request
 * id per item and action; after an action the detail is read again, so what is shown is the server's.
 */
import type { ItemDetailView } from '../../../../services/item-views';
import { addProgressNote, returnMisassigned, sign, submitReply, unitDetail } from '../../../../services/unit';
import { CONTACT_TYPE_LABELS, OUTCOME_LABELS, optionsOf } from '../../../../utils/labels';
import { readLargeFont } from '../../../../utils/large-font';

interface Instance {
  itemId: string;
}

type Mode = '' | 'return' | 'note' | 'reply';
type Outcome = 'resolved' | 'planned' | 'cannotResolve';
type ContactType = 'faceToFace' | 'phone' | 'siteVisit';

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    item: null as ItemDetailView | null,
    mode: '' as Mode,
    reason: '',
    note: '',
    contactOptions: optionsOf(CONTACT_TYPE_LABELS),
    contactType: '',
    outcomeOptions: optionsOf(OUTCOME_LABELS),
    outcome: '',
    replyText: '',
    plan: '',
    actionError: '',
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
      const result = await unitDetail((this as unknown as Instance).itemId);
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      this.setData({ status: 'ready', item: result.data });
    },
    onRetry() {
      void this.load();
    },
    onMode(event: WechatMiniprogram.BaseEvent<object, { mode: Mode }>) {
      const mode = event.currentTarget.dataset.mode;
      this.setData({ mode: this.data.mode === mode ? '' : mode, actionError: '' });
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field: string }>) {
      this.setData({ [event.currentTarget.dataset.field]: event.detail.value });
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
      const reply: { text: string; outcome: Outcome; plan?: string } = {
        text: d.replyText.trim(),
        outcome: d.outcome as Outcome,
      };
      if (d.plan.trim()) reply.plan = d.plan.trim();
      void this.act(() => submitReply(item.itemId, item.version, reply));
    },
    async act(run: () => ReturnType<typeof sign>) {
      this.setData({ saving: true, actionError: '' });
      const result = await run();
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      this.setData({ mode: '', reason: '', note: '', contactType: '', outcome: '', replyText: '', plan: '' });
      void wx.showToast({ title: '已完成', icon: 'success' });
      await this.load(true);
    },
  },
});
