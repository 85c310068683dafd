/**
 * Milestones of a plan (立项、资金、招标、施工、验收 or any stage in words), each with an optional expected date;
 * used by the presidium's 列入计划 and the unit's planned answer.
 *
 * Guarantees: at most 10 rows (the contract's limit); every edit emits `change` with the whole list, edits are
 * path-keyed setData of the one row.
 */
import type { MilestoneDraft } from './milestones';

export type { MilestoneDraft } from './milestones';

const MAX = 10;
let seq = 0;
const blank = (): MilestoneDraft => {
  seq += 1;
  return { key: `m${seq}`, stage: '', expectedDate: '' };
};

Component({
  properties: {
    milestones: { type: Array, value: [] },
  },
  data: {
    rows: [] as MilestoneDraft[],
  },
  lifetimes: {
    attached() {
      const given = this.data.milestones as unknown as MilestoneDraft[];
      this.setData({ rows: given.length ? given : [blank()] });
    },
  },
  methods: {
    emit() {
      this.triggerEvent('change', { milestones: this.data.rows });
    },
    onStage(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { index?: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      this.setData({ [`rows[${index}].stage`]: event.detail.value });
      this.emit();
    },
    onDate(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { index?: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      this.setData({ [`rows[${index}].expectedDate`]: event.detail.value });
      this.emit();
    },
    onAdd() {
      if (this.data.rows.length >= MAX) return;
      this.setData({ [`rows[${this.data.rows.length}]`]: blank() });
      this.emit();
    },
    onRemove(event: WechatMiniprogram.BaseEvent<object, { index?: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      this.setData({ rows: this.data.rows.filter((_, i) => i !== index) });
      this.emit();
    },
  },
});
