/**
 * Township settings for the presidium: the list of opinion categories (add, remove) and the main time limits,
 * each with its statutory cap where the law sets one.
 *
 * Guarantees: the first screen is one call (`presidium.getSettings`); saving sends only what was edited
 * (`updateSettings`, request id by services); a value beyond the statutory cap is refused by the server and its
 * Chinese message is shown with the field's Chinese name; after saving, the server's settings are shown. My
 * notice mute preferences (`account.noticePreferences`, only the kinds that may be muted) load after the first
 * screen; each switch saves at once (`account.setNoticePreferences`) and shows the server's answer.
 */
import { noticePreferences, setNoticePreferences, type MuteOption } from '../../../../services/notices';
import { getSettings, updateSettings } from '../../../../services/presidium';
import type { SettingsView } from '../../../../../core/contracts/presidium';
import { readLargeFont } from '../../../../utils/large-font';

interface RuleField {
  key: string;
  label: string;
  unit: string;
  /** The statutory cap that bounds this limit (a key of `caps`), if any. */
  capKey?: string;
}

/** The main time limits shown on the page, in this order. */
const RULE_FIELDS: RuleField[] = [
  { key: 'routingWorkingDays', label: '主席团交办', unit: '个工作日' },
  { key: 'opinionHandlingDays', label: '群众意见办理', unit: '天' },
  { key: 'suggestionHandlingMonths', label: '代表建议办理', unit: '个月', capKey: 'handlingCapMonths' },
  { key: 'handlingCapMonths', label: '办理期限上限', unit: '个月', capKey: 'handlingCapMonths' },
  {
    key: 'difficultHandlingCapMonths',
    label: '疑难事项办理上限',
    unit: '个月',
    capKey: 'difficultHandlingCapMonths',
  },
  { key: 'replyReviewWorkingDays', label: '答复审核', unit: '个工作日' },
  { key: 'evaluationWorkingDays', label: '群众评价', unit: '个工作日' },
  { key: 'petitionFinishDays', label: '信访事项办结', unit: '天', capKey: 'petitionFinishDays' },
];

interface RuleRow extends RuleField {
  value: string;
  capText: string;
}

function rowsOf(settings: SettingsView): RuleRow[] {
  return RULE_FIELDS.filter((f) => settings.timeRules[f.key] !== undefined).map((f) => {
    const cap = f.capKey ? settings.caps[f.capKey] : undefined;
    return {
      ...f,
      value: String(settings.timeRules[f.key]),
      capText: cap !== undefined ? `法定上限 ${cap}${f.unit}` : '',
    };
  });
}

/** The server names the field by its key; show its Chinese name instead. */
function readable(message: string): string {
  return RULE_FIELDS.reduce((m, f) => m.split(f.key).join(f.label), message);
}

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    categories: [] as string[],
    newCategory: '',
    rules: [] as RuleRow[],
    dirtyCategories: false,
    formError: '',
    savedText: '',
    saving: false,
    mutes: [] as MuteOption[],
    muteError: '',
  },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },
    async load() {
      if (this.data.status !== 'loading') this.setData({ status: 'loading' });
      const result = await getSettings();
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      this.show(result.data);
      // After the first screen: my own notice preferences.
      const prefs = await noticePreferences();
      if (prefs.ok) this.setData({ mutes: prefs.data });
    },
    async onMute(event: WechatMiniprogram.CustomEvent<{ value: boolean }, object, { index?: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      const muted = this.data.mutes
        .filter((m, i) => (i === index ? event.detail.value !== true : m.muted))
        .map((m) => m.kind);
      const result = await setNoticePreferences(muted);
      if (!result.ok) return this.setData({ muteError: result.error.message });
      const patch: Record<string, unknown> = { muteError: '' };
      this.data.mutes.forEach((m, i) => {
        const now = result.data.includes(m.kind);
        if (now !== m.muted) patch[`mutes[${i}].muted`] = now;
      });
      this.setData(patch);
    },
    show(settings: SettingsView) {
      this.setData({
        status: 'ready',
        categories: settings.categories,
        rules: rowsOf(settings),
        dirtyCategories: false,
        newCategory: '',
      });
    },
    onRetry() {
      void this.load();
    },
    onNewCategory(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ newCategory: event.detail.value });
    },
    onAddCategory() {
      const name = this.data.newCategory.trim();
      if (!name) return this.setData({ formError: '请填写类别名称' });
      if (this.data.categories.includes(name)) return this.setData({ formError: '已有这个类别' });
      this.setData({
        [`categories[${this.data.categories.length}]`]: name,
        newCategory: '',
        dirtyCategories: true,
        formError: '',
      });
    },
    onRemoveCategory(event: WechatMiniprogram.BaseEvent<object, { index?: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      const categories = this.data.categories.filter((_, i) => i !== index);
      this.setData({ categories, dirtyCategories: true, formError: '' });
    },
    onRule(event: WechatMiniprogram.CustomEvent<{ value: string }, object, { index?: number }>) {
      this.setData({ [`rules[${Number(event.currentTarget.dataset.index)}].value`]: event.detail.value });
    },
    async onSave() {
      if (this.data.saving) return;
      const timeRules: Record<string, number> = {};
      for (const rule of this.data.rules) {
        const value = Number(rule.value.trim());
        if (rule.value.trim() === '' || !Number.isInteger(value) || value < 0) {
          return this.setData({ formError: `${rule.label}须为不小于0的整数`, savedText: '' });
        }
        timeRules[rule.key] = value;
      }
      this.setData({ saving: true, formError: '', savedText: '' });
      const result = await updateSettings({
        timeRules,
        ...(this.data.dirtyCategories ? { categories: this.data.categories } : {}),
      });
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ formError: readable(result.error.message) });
      this.show(result.data);
      this.setData({ savedText: '已保存' });
    },
  },
});
