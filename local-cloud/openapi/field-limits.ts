// Subscription-message field rules the platform enforces at send time (errcode 47003), for the field types whose
// limits are cheap to check. The type is the field key without its number: `thing1` is a `thing`.
const CHINESE = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;

type Rule = (value: string) => boolean;

const RULES: Record<string, Rule> = {
  thing: (v) => [...v].length <= 20,
  phrase: (v) => [...v].length <= 5 && CHINESE.test(v),
  name: (v) => (CHINESE.test(v) ? [...v].length <= 10 : /^[A-Za-z ·.]{1,20}$/.test(v)),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  number: (v) => v.length <= 32 && /^[+-]?\d+(\.\d+)?$/.test(v),
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => [...v].length <= 5,
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
};

/** The first field that breaks its type limit, as the platform names it (`data.phrase3.value`), or undefined. */
export function invalidField(data: Record<string, unknown>): string | undefined {
  for (const [key, field] of Object.entries(data)) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
    const value = (field as { value?: unknown } | null)?.value;
    if (typeof value !== 'string' || value === '') return `data.${key}.value`;
    const rule = type ? RULES[type] : undefined;
    if (rule && !rule(value)) return `data.${key}.value`;
  }
  return undefined;
}
