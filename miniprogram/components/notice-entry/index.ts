/**
 * The entry to my notices on each role's home, with the unread count as a badge (the page loads the count after
 * its first screen and passes it in). Opens the main package's inbox page, which every subpackage may open.
 */
import { NOTICES_PAGE } from '../../services/notices';

Component({
  properties: { count: { type: Number, value: 0 } },
  methods: {
    onTap() {
      void wx.navigateTo({ url: NOTICES_PAGE });
    },
  },
});
