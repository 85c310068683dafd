/**
 * A page whose first screen is one call answering one view (an item's detail, the statistics of a period): the
 * skeleton while the first answer is on its way, pull down to read it again, retry from the error state. Each
 * page spreads `data` and `methods` into its Component, sets up in its own `onLoad` and calls `this.load()`; after
 * an action or a change of what it asks for (another period), it calls `this.load()` again.
 *
 * Guarantees: only the answer to the latest load is shown (an answer to an earlier, slower load is dropped); the
 * answer is set in one setData with the status, 'ready' unless `show` says otherwise ('empty').
 */
import type { CallResult } from '../services/call';

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

export interface LoadedPageInstance {
  data: { status: string } & Record<string, unknown>;
  setData(data: Record<string, unknown>): void;
  load(quiet?: boolean): Promise<void>;
}

export interface LoadedPageSpec<View> {
  /** The one call, for what the page currently asks (its data, or what its onLoad kept on the instance). */
  fetch: (page: LoadedPageInstance) => Promise<CallResult<View>>;
  /** The data to set with the answer; may set `status: 'empty'`. */
  show: (view: View) => Record<string, unknown>;
  /** Work after the answer is shown (the resident's subscription template ids). */
  afterLoad?: () => Promise<unknown>;
}

/** How many loads the page started: an answer whose number is not the latest is dropped. */
const loadsOf = (page: LoadedPageInstance) => page as unknown as { loads?: number };

export function loadedPage<View>(spec: LoadedPageSpec<View>) {
  return {
    data: { status: 'loading' as LoadStatus, errorMessage: '', largeFont: false },
    methods: {
      async onPullDownRefresh(this: LoadedPageInstance) {
        await this.load(true);
        wx.stopPullDownRefresh?.();
      },
      /** `quiet` keeps the page as it is while reading (after an action, on pull-down). */
      async load(this: LoadedPageInstance, quiet = false) {
        const load = (loadsOf(this).loads ?? 0) + 1;
        loadsOf(this).loads = load;
        if (!quiet && this.data.status !== 'loading') this.setData({ status: 'loading' });
        const result = await spec.fetch(this);
        if (loadsOf(this).loads !== load) return;
        if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
        this.setData({ status: 'ready', ...spec.show(result.data) });
        await spec.afterLoad?.();
      },
      onRetry(this: LoadedPageInstance) {
        void this.load();
      },
    },
  };
}
