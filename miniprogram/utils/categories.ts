/**
 * Categories offered on the submit form: the township's default list (core/domain/settings.ts
 * DEFAULT_CATEGORIES). Residents cannot read the presidium's settings yet, so staff edits of the list do not
 * reach this picker until a resident-readable command exists; the server accepts any category of ≤20 characters.
 */
export const DEFAULT_CATEGORIES: readonly string[] = [
  '道路交通',
  '农业农村',
  '水利设施',
  '环境卫生',
  '教育医疗',
  '社会保障',
  '民生服务',
  '城镇建设',
  '安全生产',
  '其他',
];
