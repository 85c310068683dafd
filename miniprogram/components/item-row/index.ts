/**
 * One item in a list: title, status chip, category and village, submitted date and due information.
 *
 * Guarantees: renders the ItemRowView as given; a tap emits `open` with the item id.
 */
Component({
  properties: {
    row: { type: Object, value: {} },
    /** Show the submitter (staff, unit lists) rather than only the place. */
    showSubmitter: { type: Boolean, value: false },
  },
  methods: {
    onTap() {
      const row = this.data.row as { itemId?: string };
      if (row.itemId) this.triggerEvent('open', { itemId: row.itemId });
    },
  },
});
