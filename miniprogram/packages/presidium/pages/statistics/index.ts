/**
 * Statistics for the presidium (统计报表, domain.md §7): this month, quarter or year (default), or a chosen span
 * of days; the headline figures (收件数, 交办数, 办结率, 按期办结率, 满意率, 解决率, 逾期, 重办数), the other township
 * figures, then a list per deputy and per handling unit. A note says when the figures cover only part of the data.
 *
 * Guarantees: the first screen is one call (`presidium.statistics`); a period change reads again and shows only
 * the answer for the period last chosen (utils/loaded-page.ts); periods are Beijing days (utils/time.ts); every
 * figure arrives as text (services/statistics-views.ts), so the page computes nothing.
 */
import { exportStatistics, statistics } from '../../../../services/presidium';
import type { StatisticsPageView } from '../../../../services/statistics-views';
import { readLargeFont } from '../../../../utils/large-font';
import { loadedPage } from '../../../../utils/loaded-page';
import { openSpreadsheet } from '../../../../utils/open-document';
import { periodDates, type PeriodKind } from '../../../../utils/time';

type PeriodKey = PeriodKind | 'custom';

const PERIODS: { key: PeriodKey; label: string }[] = [
  { key: 'month', label: '本月' },
  { key: 'quarter', label: '本季度' },
  { key: 'year', label: '本年' },
  { key: 'custom', label: '自定义' },
];

const page = loadedPage<StatisticsPageView>({
  fetch: (p) => statistics({ from: p.data.from as string, to: p.data.to as string }),
  show: ({ empty, ...view }) => ({ ...view, ...(empty ? { status: 'empty' } : {}) }),
});

type DateEvent = WechatMiniprogram.CustomEvent<{ value: string }>;

Component({
  data: {
    ...page.data,
    periods: PERIODS,
    periodKey: 'year' as PeriodKey,
    from: '',
    to: '',
    headline: [] as StatisticsPageView['headline'],
    others: [] as StatisticsPageView['others'],
    deputies: [] as StatisticsPageView['deputies'],
    units: [] as StatisticsPageView['units'],
    cutoffText: '',
    truncated: false,
    exporting: false,
  },
  methods: {
    ...page.methods,
    onLoad() {
      this.setData({ largeFont: readLargeFont(), ...periodDates('year', Date.now()) });
      void this.load();
    },
    onPeriod(event: WechatMiniprogram.BaseEvent<object, { key?: PeriodKey }>) {
      const key = event.currentTarget.dataset.key;
      if (!key || key === this.data.periodKey) return;
      // 自定义 starts from the span on screen; the date pickers change it.
      if (key === 'custom') return this.setData({ periodKey: key });
      this.setData({ periodKey: key, ...periodDates(key, Date.now()) });
      void this.load();
    },
    onFrom(event: DateEvent) {
      const from = event.detail.value;
      this.setData({ periodKey: 'custom', from, ...(from > this.data.to ? { to: from } : {}) });
      void this.load();
    },
    /** 导出Excel: the period on screen as a spreadsheet, opened with WeChat's document viewer (share menu on). */
    async onExport() {
      if (this.data.exporting) return;
      this.setData({ exporting: true });
      const res = await exportStatistics({ from: this.data.from, to: this.data.to });
      const opened = res.ok ? await openSpreadsheet(res.data.url) : { ok: false as const, message: res.error.message };
      this.setData({ exporting: false });
      if (!opened.ok) void wx.showToast({ title: opened.message, icon: 'none' });
    },
    onTo(event: DateEvent) {
      const to = event.detail.value;
      this.setData({ periodKey: 'custom', to, ...(to < this.data.from ? { from: to } : {}) });
      void this.load();
    },
  },
});
