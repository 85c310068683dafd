/**
 * Entering an opinion on a resident's behalf: channel (接待日 / 走访 / 电话 / 来信 / 座谈), the resident's name,
 * village and phone, category, title, content, and the resident's consent.
 *
 * Guarantees: the first screen is one call (`account.listVillages`, for the village picker); the township's
 * categories (`account.listCategories`) load after it; the entry carries
 * one request id, reused if the deputy taps again after a network failure; nothing is sent without consent.
 * Privacy, as pages/submit: wx.getPrivacySetting on load; while the agreement is needed the resident's phone field
 * is disabled, and tapping it starts the platform's flow, answered by the privacy popup.
 */
import { listCategories, listVillages } from '../../../../services/account';
import { enterOnBehalf, type EnterOnBehalfInput } from '../../../../services/deputy';
import { CHANNEL_LABELS } from '../../../../utils/labels';
import { readLargeFont } from '../../../../utils/large-font';
import { privacyAgreementNeeded, requirePrivacyAgreement } from '../../../../utils/privacy';

const CHANNELS = (['receptionDay', 'visit', 'phone', 'letter', 'forum'] as const).map((value) => ({
  value,
  label: CHANNEL_LABELS[value],
}));

interface Instance {
  villageIds: string[];
}

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    /** False while WeChat's privacy agreement is still needed: the phone field stays disabled. */
    privacyAgreed: false,
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
    consent: false,
    formError: '',
    saving: false,
  },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void privacyAgreementNeeded().then((needed) => {
        if (!needed) this.setData({ privacyAgreed: true });
      });
      void this.load();
    },
    async onPhoneLocked() {
      if (this.data.privacyAgreed) return;
      if (await requirePrivacyAgreement()) this.setData({ privacyAgreed: true });
    },
    onPrivacyAgree() {
      if (!this.data.privacyAgreed) this.setData({ privacyAgreed: true });
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
      const field = event.currentTarget.dataset.field;
      if (field === 'phone' && !this.data.privacyAgreed) return;
      this.setData({ [field]: event.detail.value });
    },
    onConsent() {
      this.setData({ consent: !this.data.consent });
    },
    validate(): string {
      const d = this.data;
      if (!d.submitterName.trim()) return '请填写群众姓名';
      if (d.villageIndex < 0) return '请选择村(社区)';
      if (d.categoryIndex < 0) return '请选择类别';
      if (!d.title.trim()) return '请填写标题';
      if (!d.content.trim()) return '请填写内容';
      if (d.phone.trim() && !/^1\d{10}$/.test(d.phone.trim())) return '请填写正确的手机号';
      if (!d.consent) return '请确认群众已同意代为录入';
      return '';
    },
    async onSubmit() {
      if (this.data.saving) return;
      const problem = this.validate();
      if (problem) return this.setData({ formError: problem });
      const d = this.data;
      const input: EnterOnBehalfInput = {
        channel: CHANNELS[d.channelIndex]!.value,
        submitterName: d.submitterName.trim(),
        villageId: (this as unknown as Instance).villageIds[d.villageIndex]!,
        category: d.categories[d.categoryIndex]!,
        title: d.title.trim(),
        content: d.content.trim(),
        photos: [],
        publishConsent: false,
        hideIdentityFromUnit: false,
        consentMode: 'verbal',
        relayMethod: 'phone',
      };
      if (d.privacyAgreed && d.phone.trim()) input.submitterPhone = d.phone.trim();
      this.setData({ saving: true, formError: '' });
      const result = await enterOnBehalf(input);
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      void wx.redirectTo({ url: `/packages/deputy/pages/item/index?id=${result.data.itemId}` });
    },
  },
});
