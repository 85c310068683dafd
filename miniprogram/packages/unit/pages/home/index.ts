/**
 * Placeholder home of the unit subpackage: proves the subpackage loads; the real workspace arrives with issue 5.
 */
import { readLargeFont } from '../../../../utils/large-font';

Component({
  data: { largeFont: false },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
    },
  },
});
