/**
 * The large-font (适老化) preference: one boolean per device, kept in storage.
 *
 * Guarantees: reading never throws (a storage failure means "off"); pages apply it as the `page--large` class on
 * their root view, and app.wxss turns that class into larger type and touch targets.
 */
const STORAGE_KEY = 'pref.largeFont';

export function readLargeFont(): boolean {
  try {
    return wx.getStorageSync(STORAGE_KEY) === true;
  } catch {
    return false;
  }
}

export function writeLargeFont(on: boolean): void {
  try {
    wx.setStorageSync(STORAGE_KEY, on);
  } catch {
    // Not persisting a display preference is harmless: the page still switches for this session.
  }
}
