/**
 * Submitting an opinion: category, title (≤20), content (≤1000), photos, place, optional phone, publish consent.
 *
 * Guarantees: no call renders the first screen (the form is local); photos upload to cloud storage as they are
 * chosen, with progress per photo, and only file ids are sent; the subscription request runs synchronously at the
 * start of the submit tap (before any await, as the platform requires); the submit carries one request id, reused
 * if the person taps again after a network failure. The privacy popup answers the platform before photos or the
 * phone are collected.
 */
import { uploadFile } from '../../services/call';
import { submitOpinion, type SubmitInput } from '../../services/resident';
import { askSubscriptions, recordAccepted } from '../../services/subscriptions';
import { DEFAULT_CATEGORIES } from '../../utils/categories';
import { readLargeFont } from '../../utils/large-font';
import { validateSubmit } from './validate';

interface PhotoView {
  url: string;
  status: 'loading' | 'done' | 'failed';
  percent: number;
}

interface Instance {
  fileIds: (string | undefined)[];
}

Component({
  data: {
    largeFont: false,
    categories: DEFAULT_CATEGORIES as string[],
    categoryIndex: -1,
    title: '',
    content: '',
    place: '',
    phone: '',
    publishConsent: false,
    photos: [] as PhotoView[],
    formError: '',
    saving: false,
  },
  methods: {
    onLoad() {
      (this as unknown as Instance).fileIds = [];
      this.setData({ largeFont: readLargeFont() });
    },
    onCategory(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      this.setData({ categoryIndex: Number(event.detail.value) });
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field?: string }>) {
      const field = event.currentTarget.dataset.field;
      if (field === 'title' || field === 'content' || field === 'place' || field === 'phone') {
        this.setData({ [field]: event.detail.value });
      }
    },
    onConsent(event: WechatMiniprogram.CustomEvent<{ value: boolean }>) {
      this.setData({ publishConsent: event.detail.value === true });
    },
    onAddPhotos(event: WechatMiniprogram.CustomEvent<{ files: { url: string }[] }>) {
      const start = this.data.photos.length;
      const added = event.detail.files.slice(0, 9 - start);
      const patch: Record<string, PhotoView> = {};
      added.forEach((f, i) => (patch[`photos[${start + i}]`] = { url: f.url, status: 'loading', percent: 0 }));
      this.setData(patch);
      added.forEach((f, i) => void this.upload(start + i, f.url));
    },
    async upload(index: number, filePath: string) {
      const ext = (/\.[a-z0-9]+$/i.exec(filePath)?.[0] ?? '.jpg').toLowerCase();
      const cloudPath = `opinions/${Date.now().toString(36)}-${index}-${Math.random().toString(36).slice(2, 8)}${ext}`;
      let shown = 0;
      const result = await uploadFile(cloudPath, filePath, (percent) => {
        // Progress arrives often; re-render in steps of 20% only (platform.md §2, setData frequency).
        if (percent - shown >= 20 && percent < 100) {
          shown = percent;
          this.setData({ [`photos[${index}].percent`]: percent });
        }
      });
      (this as unknown as Instance).fileIds[index] = result.ok ? result.data.fileId : undefined;
      this.setData({ [`photos[${index}].status`]: result.ok ? 'done' : 'failed', [`photos[${index}].percent`]: 100 });
    },
    onRemovePhoto(event: WechatMiniprogram.CustomEvent<{ index: number }>) {
      const index = event.detail.index;
      (this as unknown as Instance).fileIds.splice(index, 1);
      this.setData({ photos: this.data.photos.filter((_, i) => i !== index) });
    },
    onSubmit() {
      const d = this.data;
      const photos = (this as unknown as Instance).fileIds;
      const check = validateSubmit({
        category: d.categories[d.categoryIndex] ?? '',
        title: d.title,
        content: d.content,
        place: d.place,
        phone: d.phone,
        publishConsent: d.publishConsent,
        uploading: d.photos.some((p) => p.status === 'loading'),
        fileIds: photos.filter((id): id is string => typeof id === 'string'),
      });
      if (!check.ok) {
        this.setData({ formError: check.message });
        return;
      }
      // Inside the tap, before any await: the only moment the platform lets us ask (platform.md §5).
      const accepted = askSubscriptions(['itemProgress']);
      void this.send(check.input, accepted);
    },
    async send(input: SubmitInput, accepted: ReturnType<typeof askSubscriptions>) {
      this.setData({ saving: true, formError: '' });
      const result = await submitOpinion(input);
      if (!result.ok) {
        this.setData({ saving: false, formError: result.error.message });
        return;
      }
      void recordAccepted(accepted);
      this.setData({ saving: false });
      void wx.redirectTo({ url: `/pages/item/index?id=${result.data.itemId}&submitted=1` });
    },
  },
});
