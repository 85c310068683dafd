/**
 * A resident's item: content, reply and the timeline; evaluation (满意 / 基本满意 / 不满意 + comment) when the
 * server offers `rate`, and withdrawal when it offers `withdraw`.
 *
 * Guarantees: the first screen is one call (`resident.detail`); actions send the version the person saw and a
 * request id per item and action; after an action the detail is read again, so what is shown is the server's.
 */
import { evaluate, itemDetail, withdraw } from '../../services/resident';
import type { ItemDetailView } from '../../services/item-views';
import { askSubscriptions, loadTemplates, recordAccepted } from '../../services/subscriptions';
import type { Rating } from '../../../core/domain/opinion/status';
import { RATING_LABELS, optionsOf } from '../../utils/labels';
import { itemDetailPage } from '../../utils/item-detail-page';

const page = itemDetailPage<ItemDetailView>({
  detail: itemDetail,
  fromQuery: (query) => ({ justSubmitted: query.submitted === '1' }),
  // After the first screen: the template ids the evaluation tap asks for (once per session).
  afterLoad: loadTemplates,
});

Component({
  data: {
    ...page.data,
    justSubmitted: false,
    ratingOptions: optionsOf(RATING_LABELS),
    rating: '',
    comment: '',
    actionError: '',
    saving: false,
  },
  methods: {
    ...page.methods,
    onRating(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ rating: event.detail.value });
    },
    onComment(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ comment: event.detail.value });
    },
    onEvaluate() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      if (!this.data.rating) return this.setData({ actionError: '请选择评价' });
      const accepted = askSubscriptions(['itemProgress']);
      void this.act(() => evaluate(item.itemId, item.version, this.data.rating as Rating, this.data.comment), accepted);
    },
    onWithdraw() {
      const item = this.data.item;
      if (!item || this.data.saving) return;
      void this.act(() => withdraw(item.itemId, item.version));
    },
    async act(run: () => ReturnType<typeof withdraw>, accepted?: ReturnType<typeof askSubscriptions>) {
      this.setData({ saving: true, actionError: '' });
      const result = await run();
      this.setData({ saving: false });
      if (!result.ok) return this.setData({ actionError: result.error.message });
      if (accepted) void recordAccepted(accepted);
      this.setData({ rating: '', comment: '' });
      await this.load(true);
    },
  },
});
