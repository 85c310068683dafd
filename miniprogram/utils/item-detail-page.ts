/**
 * What every item page does the same way, for residents, deputies, the presidium and units: read the item id
 * from the query, show the detail as the first screen (one call), pull down to read it again, retry from the
 * error state (utils/loaded-page.ts). Each page spreads `data` and `methods` into its Component and adds its own
 * forms and actions; after an action a page calls `this.load(true)`, so what it shows is the server's.
 */
import type { CallResult } from '../services/call';
import { readLargeFont } from './large-font';
import { loadedPage, type LoadedPageInstance } from './loaded-page';

export interface ItemDetailPageSpec<Item> {
  detail: (itemId: string) => Promise<CallResult<Item>>;
  /** Data the page takes from its query besides the id (the resident's "just submitted" banner). */
  fromQuery?: (query: Record<string, string | undefined>) => Record<string, unknown>;
  /** Data that follows from the detail, set with it in one setData (the presidium's action buttons). */
  fromDetail?: (item: Item) => Record<string, unknown>;
  /** Work after the detail is shown (the resident's subscription template ids). */
  afterLoad?: () => Promise<unknown>;
}

/** The item id lives on the instance, not in `data` (nothing renders it). */
const itemIdOf = (page: LoadedPageInstance) => page as unknown as { itemId: string };

export function itemDetailPage<Item>(spec: ItemDetailPageSpec<Item>) {
  const loaded = loadedPage<Item>({
    fetch: (page) => spec.detail(itemIdOf(page).itemId),
    show: (item) => ({ item, ...spec.fromDetail?.(item) }),
    ...(spec.afterLoad ? { afterLoad: spec.afterLoad } : {}),
  });
  return {
    data: { ...loaded.data, item: null as Item | null },
    methods: {
      ...loaded.methods,
      onLoad(this: LoadedPageInstance, query: Record<string, string | undefined>) {
        itemIdOf(this).itemId = query.id ?? '';
        this.setData({ largeFont: readLargeFont(), ...spec.fromQuery?.(query) });
        void this.load();
      },
    },
  };
}
