/**
 * Opens a report file (an exported spreadsheet) from its temporary download link: `wx.downloadFile`, then
 * `wx.openDocument` with the share menu on, so staff can forward it in WeChat or save it to their computer.
 *
 * Guarantees: resolves (never rejects) with a Chinese message for anything that went wrong; a download answered
 * with an HTTP error is a failure, not an empty document.
 */
export type OpenResult = { ok: true } | { ok: false; message: string };

export function openSpreadsheet(url: string): Promise<OpenResult> {
  const failed: OpenResult = { ok: false, message: '文件下载失败，请稍后重试' };
  return new Promise((resolve) => {
    wx.downloadFile({
      url,
      success(res) {
        if (res.statusCode !== 200) return resolve(failed);
        wx.openDocument({
          filePath: res.tempFilePath,
          fileType: 'xlsx',
          showMenu: true,
          success: () => resolve({ ok: true }),
          fail: () => resolve({ ok: false, message: '无法打开表格，请在电脑上打开' }),
        });
      },
      fail: () => resolve(failed),
    });
  });
}
