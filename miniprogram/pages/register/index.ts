/**
 * Resident registration: a name to be called by and the village (社区) — nothing more (domain.md §8, minimisation).
 *
 * Guarantees: the first screen is one call (`account.listVillages`); registering carries a request id reused if
 * the person taps again after a network failure; success returns to the home page.
 */
import { listVillages, registerResident } from '../../services/account';
import { readLargeFont } from '../../utils/large-font';

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    villageNames: [] as string[],
    villageIndex: -1,
    displayName: '',
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
      if (!result.ok) {
        this.setData({ status: 'error', errorMessage: result.error.message });
        return;
      }
      (this as unknown as { villageIds: string[] }).villageIds = result.data.map((v) => v.villageId);
      this.setData({ status: 'ready', villageNames: result.data.map((v) => v.name) });
    },
    onRetry() {
      void this.load();
    },
    onName(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ displayName: event.detail.value });
    },
    onVillage(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      this.setData({ villageIndex: Number(event.detail.value) });
    },
    async onSubmit() {
      const villageId = (this as unknown as { villageIds?: string[] }).villageIds?.[this.data.villageIndex];
      if (!this.data.displayName.trim()) return this.setData({ formError: '请填写称呼' });
      if (!villageId) return this.setData({ formError: '请选择所在村(社区)' });
      this.setData({ saving: true, formError: '' });
      const result = await registerResident({ displayName: this.data.displayName.trim(), villageId });
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      void wx.redirectTo({ url: '/pages/home/index' });
    },
  },
});
