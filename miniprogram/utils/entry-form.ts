/**
 * The form staff use to enter an opinion for someone who is not in the app — the deputy's entry on a resident's
 * behalf and the presidium office's entry: the person's name, village and optional phone, category, title and
 * content. Each page spreads `data` and `methods` into its Component and adds its channels, its own checks and
 * its submit.
 *
 * Guarantees: the first screen is one call (`account.listVillages`, for the village picker); the township's
 * categories (`account.listCategories`) load after it. Privacy, as pages/submit: wx.getPrivacySetting on load;
 * while the agreement is needed the phone field is disabled, typing into it is ignored, and tapping it starts the
 * platform's flow, answered by the page's privacy popup; the phone is sent only once agreed.
 */
import { listCategories, listVillages } from '../services/account';
import { readLargeFont } from './large-font';
import { privacyAgreementNeeded, requirePrivacyAgreement } from './privacy';

interface EntryFormData {
  status: string;
  privacyAgreed: boolean;
  villageIndex: number;
  categories: string[];
  categoryIndex: number;
  submitterName: string;
  phone: string;
  title: string;
  content: string;
}

interface EntryFormInstance {
  data: EntryFormData;
  setData(data: Record<string, unknown>): void;
  load(): Promise<void>;
}

/** The village ids behind the picker's names live on the instance (nothing renders them). */
const villageIdsOf = (page: EntryFormInstance) => page as unknown as { villageIds: string[] };

/** The fields every entry sends, read from the form (call after `entryProblem` found nothing). */
export interface EntryFields {
  submitterName: string;
  villageId: string;
  category: string;
  title: string;
  content: string;
  submitterPhone?: string;
}

export function entryForm() {
  return {
    data: {
      status: 'loading' as 'loading' | 'ready' | 'error',
      errorMessage: '',
      largeFont: false,
      /** False while WeChat's privacy agreement is still needed: the phone field stays disabled. */
      privacyAgreed: false,
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
      onLoad(this: EntryFormInstance) {
        this.setData({ largeFont: readLargeFont() });
        void privacyAgreementNeeded().then((needed) => {
          if (!needed) this.setData({ privacyAgreed: true });
        });
        void this.load();
      },
      async onPhoneLocked(this: EntryFormInstance) {
        if (this.data.privacyAgreed) return;
        if (await requirePrivacyAgreement()) this.setData({ privacyAgreed: true });
      },
      onPrivacyAgree(this: EntryFormInstance) {
        if (!this.data.privacyAgreed) this.setData({ privacyAgreed: true });
      },
      async load(this: EntryFormInstance) {
        if (this.data.status !== 'loading') this.setData({ status: 'loading' });
        const result = await listVillages();
        if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
        villageIdsOf(this).villageIds = result.data.map((v) => v.villageId);
        this.setData({ status: 'ready', villageNames: result.data.map((v) => v.name) });
        // After the first screen: the township's categories for the category picker.
        const categories = await listCategories();
        if (categories.ok) this.setData({ categories: categories.data });
      },
      onRetry(this: EntryFormInstance) {
        void this.load();
      },
      onPick(this: EntryFormInstance, event: WechatMiniprogram.PickerChange<object, { field: string }>) {
        this.setData({ [event.currentTarget.dataset.field]: Number(event.detail.value) });
      },
      onField(
        this: EntryFormInstance,
        event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field: string }>,
      ) {
        const field = event.currentTarget.dataset.field;
        if (field === 'phone' && !this.data.privacyAgreed) return;
        this.setData({ [field]: event.detail.value });
      },
      /** The first thing missing or wrong in the shared fields, as the person should read it; '' when none. */
      entryProblem(this: EntryFormInstance, person: string): string {
        const d = this.data;
        if (!d.submitterName.trim()) return `请填写${person}姓名`;
        if (d.villageIndex < 0) return '请选择村(社区)';
        if (d.categoryIndex < 0) return '请选择类别';
        if (!d.title.trim()) return '请填写标题';
        if (!d.content.trim()) return '请填写内容';
        if (d.phone.trim() && !/^1\d{10}$/.test(d.phone.trim())) return '请填写正确的手机号';
        return '';
      },
      entryFields(this: EntryFormInstance): EntryFields {
        const d = this.data;
        const fields: EntryFields = {
          submitterName: d.submitterName.trim(),
          villageId: villageIdsOf(this).villageIds[d.villageIndex]!,
          category: d.categories[d.categoryIndex]!,
          title: d.title.trim(),
          content: d.content.trim(),
        };
        if (d.privacyAgreed && d.phone.trim()) fields.submitterPhone = d.phone.trim();
        return fields;
      },
    },
  };
}
