/**
 * Choosing or changing my deputy: the township's deputies by station, or — opened from a deputy's or station's
 * QR code — the deputies that code names (onLoad query `scene`).
 *
 * Guarantees: the first screen is one call (`listDeputies`, or `resolveScene` for a QR code); choosing carries a
 * request id per deputy; phone numbers are shown as the server gives them (masked for residents).
 */
import { linkDeputy, listDeputies, resolveScene, type DeputyCardView } from '../../services/account';
import { readLargeFont } from '../../utils/large-font';

interface Instance {
  scene: string;
}

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error' | 'empty',
    errorMessage: '',
    largeFont: false,
    fromScene: false,
    deputies: [] as DeputyCardView[],
    savingId: '',
    actionError: '',
  },
  methods: {
    onLoad(query: { scene?: string }) {
      const scene = query.scene ? decodeURIComponent(query.scene) : '';
      (this as unknown as Instance).scene = scene;
      this.setData({ largeFont: readLargeFont(), fromScene: scene !== '' });
      void this.load();
    },
    async onPullDownRefresh() {
      await this.load();
      wx.stopPullDownRefresh?.();
    },
    async load() {
      if (this.data.status !== 'loading') this.setData({ status: 'loading' });
      const scene = (this as unknown as Instance).scene;
      const result = scene ? await resolveScene(scene) : await listDeputies({});
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      this.setData({ status: result.data.length > 0 ? 'ready' : 'empty', deputies: result.data });
    },
    onRetry() {
      void this.load();
    },
    async onChoose(event: WechatMiniprogram.BaseEvent<object, { id?: string }>) {
      const deputyId = event.currentTarget.dataset.id;
      if (!deputyId || this.data.savingId) return;
      this.setData({ savingId: deputyId, actionError: '' });
      const result = await linkDeputy(deputyId);
      this.setData({ savingId: '' });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      void wx.showToast?.({ title: '已选择', icon: 'success' });
      void wx.redirectTo({ url: '/pages/home/index' });
    },
  },
});
