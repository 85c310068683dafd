/**
 * Staff entry of an opinion (`presidium.enterItem`): channel (电话 / 来信 / 座谈会 / 主席接待日 / 人代会期间 /
 * 视察调研 / 信访), the person's name, village and optional phone, category, title and content.
 *
 * Guarantees: the form's first screen, categories and privacy gate (the phone field waits for WeChat's privacy
 * agreement) are utils/entry-form.ts's, shared with the deputy's entry; the entry carries one request id, reused
 * if staff tap again after a network failure; after the entry the item page opens (petitions arrive registered).
 */
import { enterItem, type EnterItemInput } from '../../../../services/presidium';
import { CHANNEL_LABELS } from '../../../../utils/labels';
import { entryForm } from '../../../../utils/entry-form';

const CHANNELS = (['phone', 'letter', 'forum', 'chairReception', 'session', 'inspection', 'petition'] as const).map(
  (value) => ({ value, label: CHANNEL_LABELS[value] }),
);

const form = entryForm();

Component({
  data: {
    ...form.data,
    channelLabels: CHANNELS.map((c) => c.label),
    channelIndex: 0,
  },
  methods: {
    ...form.methods,
    async onSubmit() {
      if (this.data.saving) return;
      const problem = this.entryProblem('提出人');
      if (problem) return this.setData({ formError: problem });
      const input: EnterItemInput = { ...this.entryFields(), channel: CHANNELS[this.data.channelIndex]!.value };
      this.setData({ saving: true, formError: '' });
      const result = await enterItem(input);
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      void wx.redirectTo({ url: `/packages/presidium/pages/item/index?id=${result.data.itemId}` });
    },
  },
});
