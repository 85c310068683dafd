/**
 * A deputy's item: content, submitter and timeline; answer directly, hand to the village committee (unit from
 * `deputy.listUnits {unitType: 'village'}`, loaded when that form opens, and a note), record the village's
 * result, forward to the presidium (summary, view, urgent), or relay the released reply to the resident, as the
 * server offers (`actions`).
 *
 * Guarantees: the first screen is one call (`deputy.detail`); actions send the version the deputy saw and a
 * request id per item and action; after an action the detail is read again, so what is shown is the server's.
 */
import {
  answerOnSpot,
  deputyDetail,
  forwardToPresidium,
  recordVillageResult,
  referToVillage,
  relay,
  villageUnits,
  type VillageUnit,
} from '../../../../services/deputy';
import type { ItemDetailView } from '../../../../services/item-views';
import { RELAY_METHOD_LABELS, optionsOf } from '../../../../utils/labels';
import { itemDetailPage } from '../../../../utils/item-detail-page';

type Mode = '' | 'answer' | 'forward' | 'village';

const page = itemDetailPage<ItemDetailView>({
  detail: deputyDetail,
});

Component({
  data: {
    ...page.data,
    mode: '' as Mode,
    answerText: '',
    summary: '',
    deputyView: '',
    urgent: false,
    villages: [] as VillageUnit[],
    villageNames: [] as string[],
    villageIndex: -1,
    villageNote: '',
    villageResult: '',
    relayOptions: optionsOf(RELAY_METHOD_LABELS),
    relayMethod: 'inApp',
    relayNote: '',
    actionError: '',
    saving: false,
  },
  methods: {
    ...page.methods,
    onMode(event: WechatMiniprogram.BaseEvent<object, { mode: Mode }>) {
      const mode = event.currentTarget.dataset.mode;
      this.setData({ mode: this.data.mode === mode ? '' : mode, actionError: '' });
      if (mode === 'village' && this.data.villages.length === 0) void this.loadVillages();
    },
    async loadVillages() {
      const result = await villageUnits();
      if (!result.ok) return this.setData({ actionError: result.error.message });
      if (result.data.length === 0) return this.setData({ actionError: '本镇尚未登记村(居)委会' });
      this.setData({ villages: result.data, villageNames: result.data.map((u) => u.name) });
    },
    onVillage(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      this.setData({ villageIndex: Number(event.detail.value) });
    },
    onRefer() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      const unit = this.data.villages[this.data.villageIndex];
      if (!unit) return this.setData({ actionError: '请选择村(居)委会' });
      if (!this.data.villageNote.trim()) return this.setData({ actionError: '请填写交办说明' });
      void this.act(() => referToVillage(item.itemId, item.version, unit.unitId, this.data.villageNote.trim()));
    },
    onVillageResult() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.villageResult.trim()) return this.setData({ actionError: '请填写村里的办理结果' });
      void this.act(() => recordVillageResult(item.itemId, item.version, this.data.villageResult.trim()));
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field: string }>) {
      this.setData({ [event.currentTarget.dataset.field]: event.detail.value });
    },
    onUrgent() {
      this.setData({ urgent: !this.data.urgent });
    },
    onRelayMethod(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ relayMethod: event.detail.value });
    },
    onAnswer() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.answerText.trim()) return this.setData({ actionError: '请填写答复内容' });
      void this.act(() => answerOnSpot(item.itemId, item.version, this.data.answerText.trim()));
    },
    onForward() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.summary.trim()) return this.setData({ actionError: '请填写问题摘要' });
      if (!this.data.deputyView.trim()) return this.setData({ actionError: '请填写代表意见' });
      void this.act(() =>
        forwardToPresidium(item.itemId, item.version, {
          summary: this.data.summary.trim(),
          deputyView: this.data.deputyView.trim(),
          urgent: this.data.urgent,
        }),
      );
    },
    onRelay() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      const method = this.data.relayMethod as 'inApp' | 'phone' | 'visit';
      void this.act(() => relay(item.itemId, item.version, method, this.data.relayNote));
    },
    async act(run: () => ReturnType<typeof relay>) {
      this.setData({ saving: true, actionError: '' });
      const result = await run();
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      this.setData({
        mode: '',
        answerText: '',
        summary: '',
        deputyView: '',
        urgent: false,
        relayNote: '',
        villageIndex: -1,
        villageNote: '',
        villageResult: '',
      });
      void wx.showToast({ title: '已完成', icon: 'success' });
      await this.load(true);
    },
  },
});
