/**
 * Staff entry of an opinion (`presidium.enterItem`): channel (电话 / 来信 / 座谈会 / 主席接待日 / 人代会期间 /
 * 视察调研 / 信访), the person's name, village and optional phone, category, title and content.
 *
 * Guarantees: the first screen is one call (`account.listVillages`, for the village picker); the township's
 * categories (`account.listCategories`) load after it; the entry carries one request id, reused if staff tap
 * again after a network failure; after the entry the item page opens (petitions arrive registered).
 */
import { listCategories, listVillages } from '../../../../services/account';
import { enterItem, type EnterItemInput } from '../../../../services/presidium';
import { CHANNEL_LABELS } from '../../../../utils/labels';
import { readLargeFont } from '../../../../utils/large-font';

const CHANNELS = (['phone', 'letter', 'forum', 'chairReception', 'session', 'inspection', 'petition'] as const).map(
  (value) => ({ value, label: CHANNEL_LABELS[value] }),
);

interface Instance {
  villageIds: string[];
}

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    channelLabels: CHANNELS.map((c) => c.label),
    channelIndex: 0,
    villageNames: [] as string[],
    villageIndex: -1,
    categories: [] as string[],
    categoryIndex: -1,
    submitterName: '',
    phone: '',
    title: '',
    content: '',
    formError: '',
    saving: false,
  },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },
    async load() {
      if (this.data.status !== 'loading') this.setData({ status: 'loading' });
      const result = await listVillages();
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      (this as unknown as Instance).villageIds = result.data.map((v) => v.villageId);
      this.setData({ status: 'ready', villageNames: result.data.map((v) => v.name) });
      // After the first screen: the township's categories for the category picker.
      const categories = await listCategories();
      if (categories.ok) this.setData({ categories: categories.data });
    },
    onRetry() {
      void this.load();
    },
    onPick(event: WechatMiniprogram.PickerChange<object, { field: string }>) {
      this.setData({ [event.currentTarget.dataset.field]: Number(event.detail.value) });
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field: string }>) {
      this.setData({ [event.currentTarget.dataset.field]: event.detail.value });
    },
    validate(): string {
      const d = this.data;
      if (!d.submitterName.trim()) return '请填写提出人姓名';
      if (d.villageIndex < 0) return '请选择村(社区)';
      if (d.categoryIndex < 0) return '请选择类别';
      if (!d.title.trim()) return '请填写标题';
      if (!d.content.trim()) return '请填写内容';
      if (d.phone.trim() && !/^1\d{10}$/.test(d.phone.trim())) return '请填写正确的手机号';
      return '';
    },
    async onSubmit() {
      if (this.data.saving) return;
      const problem = this.validate();
      if (problem) return this.setData({ formError: problem });
      const d = this.data;
      const input: EnterItemInput = {
        channel: CHANNELS[d.channelIndex]!.value,
        submitterName: d.submitterName.trim(),
        villageId: (this as unknown as Instance).villageIds[d.villageIndex]!,
        category: d.categories[d.categoryIndex]!,
        title: d.title.trim(),
        content: d.content.trim(),
      };
      if (d.phone.trim()) input.submitterPhone = d.phone.trim();
      this.setData({ saving: true, formError: '' });
      const result = await enterItem(input);
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      void wx.redirectTo({ url: `/packages/presidium/pages/item/index?id=${result.data.itemId}` });
    },
  },
});
