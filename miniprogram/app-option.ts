/**
 * The shape of the App instance, shared by app.ts and anything that calls `getApp<AppOption>()`.
 */
import type { ServiceMode } from './config';

export interface AppGlobalData {
  /** 适老化: larger type and touch targets; mirrored in storage by utils/large-font.ts. */
  largeFont: boolean;
  /** Which backend services/call.ts talks to. */
  serviceMode: ServiceMode;
}

export interface AppOption {
  globalData: AppGlobalData;
}
