/**
 * WeChat's privacy agreement as the platform runs it, for the pages whose phone field waits for it (the
 * resident's submit, the deputy's and the presidium office's entry forms): wx.getPrivacySetting says whether the
 * agreement is still needed, wx.requirePrivacyAuthorize hands the decision to the listener the page's
 * privacy-popup registered with wx.onNeedPrivacyAuthorization, and an agreement is remembered.
 */
import { tapInside, waitFor, type Mounted } from './harness';

const PRIVACY_APIS = ['getPrivacySetting', 'onNeedPrivacyAuthorization', 'requirePrivacyAuthorize'] as const;

function wxGlobal(): Record<string, unknown> {
  // miniprogram-simulate installs the `wx` global when first loaded; a test may be the first to need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('miniprogram-simulate');
  return (globalThis as unknown as { wx: Record<string, unknown> }).wx;
}

/** Installs the platform's privacy APIs with the agreement not yet given (or `alreadyAgreed`). */
export function installPrivacyPlatform(alreadyAgreed = false): void {
  let listener: ((resolve: (r: { event: string }) => void) => void) | undefined;
  let agreed = alreadyAgreed;
  Object.assign(wxGlobal(), {
    getPrivacySetting: (o: { success(r: { needAuthorization: boolean }): void }) =>
      o.success({ needAuthorization: !agreed }),
    onNeedPrivacyAuthorization: (l: typeof listener) => (listener = l),
    requirePrivacyAuthorize: (o: { success(): void; fail(): void }) => {
      if (agreed) return o.success();
      listener?.((r) => {
        agreed = r.event === 'agree';
        if (agreed) o.success();
        else o.fail();
      });
    },
  });
}

/** Back to a base library without the privacy APIs (the harness's default). */
export function removePrivacyPlatform(): void {
  for (const k of PRIVACY_APIS) delete wxGlobal()[k];
}

/**
 * The phone field (#phone-field around the t-input #phone-input) of a mounted page, with the agreement still
 * needed: disabled and labelled so, typing ignored; a tap opens the popup, 拒绝 keeps it locked, 同意 unlocks it
 * and typing then reaches the page's `phone`.
 */
export async function expectPhoneBehindPrivacy(m: Mounted): Promise<void> {
  const phone = () => m.page.querySelector('#phone-input')!;
  // What typing does: the native input inside TDesign's t-input fires `input`, t-input emits `change`.
  const type = (value: string) =>
    phone().querySelector('.t-input__control')!.dispatchEvent('input', { detail: { value } });
  await waitFor(() => m.page.data.privacyAgreed === false && phone().data.disabled === true, 'the locked field');
  expect(m.ariaLabels()).toContain('联系电话（可选），同意隐私保护指引后可填写');

  // Typing while locked changes nothing.
  type('13800000000');
  await new Promise((r) => setTimeout(r, 20));
  expect(m.page.data.phone).toBe('');

  // Tapping the field starts the platform's flow; the popup opens; 拒绝 keeps it locked.
  m.page.querySelector('#phone-field')!.dispatchEvent('tap');
  const popup = () => m.page.querySelector('#privacy')!;
  await waitFor(() => popup().data.visible === true, 'the privacy popup');
  tapInside(popup(), '#privacy-disagree', '.t-button');
  await waitFor(() => popup().data.visible === false, 'the popup to close');
  expect(m.page.data.privacyAgreed).toBe(false);
  expect(phone().data.disabled).toBe(true);

  // Again, and 同意 unlocks the field: the platform fires agreeprivacyauthorization on the open-type button
  // inside TDesign's t-button.
  m.page.querySelector('#phone-field')!.dispatchEvent('tap');
  await waitFor(() => popup().data.visible === true, 'the privacy popup');
  popup().querySelector('#privacy-agree')!.querySelector('.t-button')!.dispatchEvent('agreeprivacyauthorization');
  await waitFor(() => m.page.data.privacyAgreed === true, 'the agreement');
  expect(phone().data.disabled).toBe(false);
  type('13800000000');
  await waitFor(() => m.page.data.phone === '13800000000', 'the phone');
}
