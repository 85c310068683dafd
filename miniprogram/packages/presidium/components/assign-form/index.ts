/**
 * The assign form of a presidium item, also the re-handle form after 不满意 (`mode: 'reHandle'` adds the reason):
 * lead unit from `presidium.listUnits` (loaded when the form appears, after the page's first screen), co-units
 * (协办单位, up to 10, added from the same list and removed with a tap; they report to the lead unit), leader in
 * charge prefilled from the unit, responsible person, contact, priority, urgent, optional due date with the
 * `previewDueAt` preview (working days and the statutory cap).
 *
 * Guarantees: sends the version the page showed; emits `done` with a Chinese message after the server accepted,
 * so the page reads the item again; errors are shown as the server words them.
 */
import {
  assign,
  listUnits,
  previewDueAt,
  reHandle,
  type AssignInput,
  type DuePreviewView,
  type UnitOption,
} from '../../../../services/presidium';
import type { ItemKind } from '../../../../../core/domain/opinion/status';

type Field = 'leaderInCharge' | 'responsiblePerson' | 'contact' | 'reason';

/** The server's limit (core/contracts item-fields `coUnitIds`). */
const MAX_CO_UNITS = 10;

Component({
  properties: {
    itemId: { type: String, value: '' },
    version: { type: Number, value: 0 },
    kind: { type: String, value: '' },
    mode: { type: String, value: 'assign' },
  },
  data: {
    units: [] as UnitOption[],
    unitNames: [] as string[],
    unitIndex: -1,
    coUnits: [] as UnitOption[],
    unitsError: '',
    leaderInCharge: '',
    responsiblePerson: '',
    contact: '',
    reason: '',
    priority: 'normal' as 'key' | 'normal',
    urgent: false,
    dueDate: '',
    difficult: false,
    preview: null as DuePreviewView | null,
    previewError: '',
    formError: '',
    saving: false,
  },
  lifetimes: {
    attached() {
      void this.loadUnits();
    },
  },
  methods: {
    async loadUnits() {
      const result = await listUnits();
      if (!result.ok) return this.setData({ unitsError: result.error.message });
      this.setData({ units: result.data, unitNames: result.data.map((u) => u.name), unitsError: '' });
    },
    onUnit(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      const index = Number(event.detail.value);
      const unit = this.data.units[index];
      if (!unit) return;
      this.setData({
        unitIndex: index,
        leaderInCharge: unit.leaderInCharge ?? this.data.leaderInCharge,
        // The lead unit is not also its own co-unit.
        coUnits: this.data.coUnits.filter((u) => u.unitId !== unit.unitId),
      });
    },
    onAddCoUnit(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      const unit = this.data.units[Number(event.detail.value)];
      const lead = this.data.units[this.data.unitIndex];
      if (!unit || unit.unitId === lead?.unitId || this.data.coUnits.some((u) => u.unitId === unit.unitId)) return;
      if (this.data.coUnits.length >= MAX_CO_UNITS) return this.setData({ formError: `协办单位最多${MAX_CO_UNITS}个` });
      this.setData({ coUnits: [...this.data.coUnits, unit], formError: '' });
    },
    onRemoveCoUnit(event: WechatMiniprogram.BaseEvent<object, { id?: string }>) {
      const id = event.currentTarget.dataset.id;
      this.setData({ coUnits: this.data.coUnits.filter((u) => u.unitId !== id) });
    },
    onField(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { field?: Field }>) {
      const field = event.currentTarget.dataset.field;
      if (field) this.setData({ [field]: event.detail.value });
    },
    onPriority() {
      this.setData({ priority: this.data.priority === 'key' ? 'normal' : 'key' });
    },
    onUrgent() {
      this.setData({ urgent: !this.data.urgent });
    },
    onDueDate(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ dueDate: event.detail.value });
      void this.preview();
    },
    onDifficult() {
      this.setData({ difficult: !this.data.difficult });
      void this.preview();
    },
    onPreview() {
      void this.preview();
    },
    async preview() {
      const purpose = this.data.mode === 'reHandle' ? 'reHandle' : 'assign';
      const result = await previewDueAt(this.data.kind as ItemKind, this.data.dueDate, this.data.difficult, purpose);
      if (!result.ok) return this.setData({ preview: null, previewError: result.error.message });
      this.setData({ preview: result.data, previewError: '' });
    },
    async onSubmit() {
      if (this.data.saving) return;
      const unit = this.data.units[this.data.unitIndex];
      if (!unit) return this.setData({ formError: '请选择主办单位' });
      const d = this.data;
      const input: AssignInput = {
        itemId: d.itemId,
        expectedVersion: d.version,
        leadUnitId: unit.unitId,
        coUnitIds: d.coUnits.map((u) => u.unitId),
        leaderInCharge: d.leaderInCharge.trim(),
        responsiblePerson: d.responsiblePerson.trim(),
        contact: d.contact.trim(),
        priority: d.priority,
        urgent: d.urgent,
        difficult: d.difficult,
      };
      if (d.dueDate) input.dueDate = d.dueDate;
      this.setData({ saving: true, formError: '' });
      const result =
        d.mode === 'reHandle' ? await reHandle({ ...input, reason: d.reason.trim() }) : await assign(input);
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: result.error.message });
      const verb = d.mode === 'reHandle' ? '已交重新办理' : '已交办';
      this.triggerEvent('done', { message: `${verb}，办理期限${result.data.dueText}` });
    },
  },
});
