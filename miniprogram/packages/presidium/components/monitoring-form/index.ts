/**
 * 列入计划跟踪落实 for a closed item whose answer was a plan: the plan, its milestones (shared milestones-editor)
 * and the expected completion date, sent with `presidium.markMonitoring`.
 *
 * Guarantees: sends the version the page showed; emits `done` with a Chinese message after the server accepted.
 */
import { markMonitoring, type MonitoringInput } from '../../../../services/presidium';
import type { MilestoneDraft } from '../../../../components/milestones-editor/index';
import { milestonesOf } from '../../../../components/milestones-editor/milestones';

Component({
  properties: {
    itemId: { type: String, value: '' },
    version: { type: Number, value: 0 },
  },
  data: {
    plan: '',
    milestones: [] as MilestoneDraft[],
    expectedDate: '',
    formError: '',
    saving: false,
  },
  methods: {
    onPlan(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ plan: event.detail.value });
    },
    onMilestones(event: WechatMiniprogram.CustomEvent<{ milestones: MilestoneDraft[] }>) {
      this.setData({ milestones: event.detail.milestones });
    },
    onExpectedDate(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ expectedDate: event.detail.value });
    },
    async onSubmit() {
      if (this.data.saving) return;
      const milestones = milestonesOf(this.data.milestones);
      if (!this.data.plan.trim()) return this.setData({ formError: '请填写计划' });
      if (milestones.length === 0) return this.setData({ formError: '至少填写一个里程碑' });
      const input: MonitoringInput = {
        itemId: this.data.itemId,
        expectedVersion: this.data.version,
        plan: this.data.plan.trim(),
        milestones,
      };
      if (this.data.expectedDate) input.expectedDate = this.data.expectedDate;
      this.setData({ saving: true, formError: '' });
      const result = await markMonitoring(input);
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      this.triggerEvent('done', { message: '已列入计划跟踪落实' });
    },
  },
});
