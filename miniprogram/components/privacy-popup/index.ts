/**
 * The privacy agreement WeChat requires before a privacy API (phone number, album, camera, location) runs.
 *
 * Guarantees: while the component is on the page it answers `wx.onNeedPrivacyAuthorization`: the popup opens, and
 * the pending API call proceeds only when the person taps 同意 (a button with open-type
 * agreePrivacyAuthorization, as the platform demands); 拒绝 tells the platform "disagree" so the call fails
 * cleanly. The full guide opens with wx.openPrivacyContract.
 */
type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

interface PrivacyWx {
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void;
  openPrivacyContract?: (options: object) => void;
}

Component({
  data: { visible: false },
  lifetimes: {
    attached() {
      const api = wx as unknown as PrivacyWx;
      if (typeof api.onNeedPrivacyAuthorization !== 'function') return;
      api.onNeedPrivacyAuthorization((resolve) => {
        (this as unknown as { pending?: Resolve }).pending = resolve;
        this.setData({ visible: true });
      });
    },
  },
  methods: {
    settle(event: 'agree' | 'disagree') {
      const self = this as unknown as { pending?: Resolve };
      const pending = self.pending;
      self.pending = undefined;
      this.setData({ visible: false });
      if (pending) pending(event === 'agree' ? { event, buttonId: 'privacy-agree' } : { event });
      this.triggerEvent(event);
    },
    onAgree() {
      this.settle('agree');
    },
    onDisagree() {
      this.settle('disagree');
    },
    onOpenContract() {
      const api = wx as unknown as PrivacyWx;
      api.openPrivacyContract?.({});
    },
  },
});
