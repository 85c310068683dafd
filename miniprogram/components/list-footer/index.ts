/** The end of a paginated list: loading more, "load more" after a failure (emits `more`), or the end. */
Component({
  properties: { footer: { type: String, value: '' } },
  methods: {
    onMore() {
      this.triggerEvent('more');
    },
  },
});
