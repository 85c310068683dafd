/**
 * Entering an opinion on a resident's behalf: channel (接待日 / 走访 / 电话 / 来信 / 座谈), the resident's name,
 * village and phone, category, title, content, and the resident's consent.
 *
 * Guarantees: the form's first screen, categories and privacy gate are utils/entry-form.ts's; the entry carries
 * one request id, reused if the deputy taps again after a network failure; nothing is sent without consent.
 */
import { enterOnBehalf, type EnterOnBehalfInput } from '../../../../services/deputy';
import { CHANNEL_LABELS } from '../../../../utils/labels';
import { entryForm } from '../../../../utils/entry-form';

const CHANNELS = (['receptionDay', 'visit', 'phone', 'letter', 'forum'] as const).map((value) => ({
  value,
  label: CHANNEL_LABELS[value],
}));

const form = entryForm();

Component({
  data: {
    ...form.data,
    channelLabels: CHANNELS.map((c) => c.label),
    channelIndex: 0,
    consent: false,
  },
  methods: {
    ...form.methods,
    onConsent() {
      this.setData({ consent: !this.data.consent });
    },
    async onSubmit() {
      if (this.data.saving) return;
      const problem = this.entryProblem('群众') || (this.data.consent ? '' : '请确认群众已同意代为录入');
      if (problem) return this.setData({ formError: problem });
      const input: EnterOnBehalfInput = {
        ...this.entryFields(),
        channel: CHANNELS[this.data.channelIndex]!.value,
        photos: [],
        publishConsent: false,
        hideIdentityFromUnit: false,
        consentMode: 'verbal',
        relayMethod: 'phone',
      };
      this.setData({ saving: true, formError: '' });
      const result = await enterOnBehalf(input);
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      void wx.redirectTo({ url: `/packages/deputy/pages/item/index?id=${result.data.itemId}` });
    },
  },
});
