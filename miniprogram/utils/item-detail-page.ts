/**
 * What every item page does the same way, for residents, deputies, the presidium and units: read the item id
 * from the query, show the detail as the first screen (one call), pull down to read it again, retry from the
 * error state. Each page spreads `data` and `methods` into its Component and adds its own forms and actions;
 * after an action a page calls `this.load(true)`, so what it shows is the server's.
 */
import type { CallResult } from '../services/call';
import { readLargeFont } from './large-font';

export interface ItemDetailPageSpec<Item> {
  detail: (itemId: string) => Promise<CallResult<Item>>;
  /** Data the page takes from its query besides the id (the resident's "just submitted" banner). */
  fromQuery?: (query: Record<string, string | undefined>) => Record<string, unknown>;
  /** Data that follows from the detail, set with it in one setData (the presidium's action buttons). */
  fromDetail?: (item: Item) => Record<string, unknown>;
  /** Work after the detail is shown (the resident's subscription template ids). */
  afterLoad?: () => Promise<unknown>;
}

interface ItemDetailInstance {
  data: { status: string };
  setData(data: Record<string, unknown>): void;
  load(quiet?: boolean): Promise<void>;
}

/** The item id lives on the instance, not in `data` (nothing renders it). */
const itemIdOf = (page: ItemDetailInstance) => page as unknown as { itemId: string };

export function itemDetailPage<Item>(spec: ItemDetailPageSpec<Item>) {
  return {
    data: {
      status: 'loading' as 'loading' | 'ready' | 'error',
      errorMessage: '',
      largeFont: false,
      item: null as Item | null,
    },
    methods: {
      onLoad(this: ItemDetailInstance, query: Record<string, string | undefined>) {
        itemIdOf(this).itemId = query.id ?? '';
        this.setData({ largeFont: readLargeFont(), ...spec.fromQuery?.(query) });
        void this.load();
      },
      async onPullDownRefresh(this: ItemDetailInstance) {
        await this.load(true);
        wx.stopPullDownRefresh?.();
      },
      /** `quiet` keeps the page as it is while reading (after an action, on pull-down). */
      async load(this: ItemDetailInstance, quiet = false) {
        if (!quiet && this.data.status !== 'loading') this.setData({ status: 'loading' });
        const result = await spec.detail(itemIdOf(this).itemId);
        if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
        this.setData({ status: 'ready', item: result.data, ...spec.fromDetail?.(result.data) });
        await spec.afterLoad?.();
      },
      onRetry(this: ItemDetailInstance) {
        void this.load();
      },
    },
  };
}
