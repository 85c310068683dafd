/**
 * The submit form's checks before anything is sent: the same limits as the contract (title ≤20, content ≤1000,
 * phone pattern), said in Chinese next to the form, so a person hears about a mistake without a round trip.
 * The server checks again; its message wins when they disagree.
 */
import type { SubmitInput } from '../../services/resident';

export interface SubmitForm {
  category: string;
  title: string;
  content: string;
  place: string;
  phone: string;
  publishConsent: boolean;
  uploading: boolean;
  fileIds: string[];
}

const chars = (s: string): number => Array.from(s).length;
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

export function validateSubmit(f: SubmitForm): { ok: true; input: SubmitInput } | { ok: false; message: string } {
  const title = f.title.trim();
  const content = f.content.trim();
  const phone = f.phone.trim();
  if (!f.category) return { ok: false, message: '请选择类别' };
  if (!title) return { ok: false, message: '请填写标题' };
  if (chars(title) > 20) return { ok: false, message: '标题不能超过20个字' };
  if (!content) return { ok: false, message: '请填写内容' };
  if (chars(content) > 1000) return { ok: false, message: '内容不能超过1000个字' };
  if (phone && !PHONE.test(phone)) return { ok: false, message: '请填写正确的手机号或固定电话' };
  if (f.uploading) return { ok: false, message: '图片正在上传，请稍候' };
  const input: SubmitInput = {
    category: f.category,
    title,
    content,
    photos: f.fileIds,
    publishConsent: f.publishConsent,
  };
  if (f.place.trim()) input.place = f.place.trim();
  if (phone) input.contactPhone = phone;
  return { ok: true, input };
}
