/**
 * Submitting an opinion: category, title (≤20), content (≤1000), photos, place, optional phone, publish consent.
 *
 * Guarantees: the first screen is one call (`account.listCategories`, the township's categories); the
 * subscription template ids (`account.subscriptionTemplates`) load after it; photos upload to cloud storage as
 * they are chosen, with progress per photo, and only file ids are sent; the subscription request runs
 * synchronously at the start of the submit tap (before any await, as the platform requires) and the accepted keys
 * go to `account.recordSubscriptions` after the submit; the submit carries one request id, reused if the person
 * taps again after a network failure. Privacy: wx.getPrivacySetting on load; while the agreement is needed the
 * phone field is disabled, and tapping it starts the platform's flow, answered by the privacy popup; the popup
 * also answers the platform before photos are chosen.
 */
import { uploadFile } from '../../services/call';
import { submitOpinion, type SubmitInput } from '../../services/resident';
import { listCategories } from '../../services/account';
import { askSubscriptions, loadTemplates, recordAccepted } from '../../services/subscriptions';
import { readLargeFont } from '../../utils/large-font';
import { privacyAgreementNeeded, requirePrivacyAgreement } from '../../utils/privacy';
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
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    /** False while WeChat's privacy agreement is still needed: the phone field stays disabled. */
    privacyAgreed: false,
    categories: [] as string[],
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
      void privacyAgreementNeeded().then((needed) => {
        if (!needed) this.setData({ privacyAgreed: true });
      });
      void this.load();
    },
    async load() {
      if (this.data.status !== 'loading') this.setData({ status: 'loading', errorMessage: '' });
      const result = await listCategories();
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      this.setData({ status: 'ready', categories: result.data });
      // After the first screen: the ids the submit tap will ask for.
      await loadTemplates();
    },
    onRetry() {
      void this.load();
    },
    async onPhoneLocked() {
      if (this.data.privacyAgreed) return;
      if (await requirePrivacyAgreement()) this.setData({ privacyAgreed: true });
    },
    onPrivacyAgree() {
      if (!this.data.privacyAgreed) this.setData({ privacyAgreed: true });
    },
    onCategory(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      this.setData({ categoryIndex: Number(event.detail.value) });
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field?: string }>) {
      const field = event.currentTarget.dataset.field;
      if (field === 'phone' && !this.data.privacyAgreed) return;
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
