/**
 * WeChat's privacy agreement (用户隐私保护指引) before personal information is collected (phone, photos).
 *
 * Guarantees: `privacyAgreementNeeded` asks the platform (wx.getPrivacySetting) and treats a missing API or a
 * failure as "no agreement needed" (older base libraries have no agreement flow); `requirePrivacyAgreement`
 * starts the platform's flow (wx.requirePrivacyAuthorize), which the page's privacy-popup answers through
 * wx.onNeedPrivacyAuthorization, and resolves true only when the person agreed. Neither ever rejects.
 */
interface PrivacyApi {
  getPrivacySetting?: (o: {
    success?: (r: { needAuthorization: boolean; privacyContractName?: string }) => void;
    fail?: () => void;
  }) => void;
  requirePrivacyAuthorize?: (o: { success?: () => void; fail?: () => void }) => void;
}

const api = (): PrivacyApi => wx as unknown as PrivacyApi;

export function privacyAgreementNeeded(): Promise<boolean> {
  const get = api().getPrivacySetting;
  if (typeof get !== 'function') return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      get({ success: (r) => resolve(r.needAuthorization === true), fail: () => resolve(false) });
    } catch {
      resolve(false);
    }
  });
}

export function requirePrivacyAgreement(): Promise<boolean> {
  const require = api().requirePrivacyAuthorize;
  if (typeof require !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    try {
      require({ success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(false);
    }
  });
}
