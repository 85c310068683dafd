// What the WeChat platform remembers for local-cloud's open API, per environment: subscription credits (what
// users accepted in wx.requestSubscribeMessage, one send each), the messages sent, the content-check word list
// and media checks requested. Sent messages are also appended to `<dataDir>/openapi/messages.jsonl` so a
// developer can read them (`npm start` prints them) and they survive a restart; credits live in memory.
import fs from 'node:fs';
import path from 'node:path';

export interface SentMessage {
  env: string;
  touser: string;
  templateId: string;
  page?: string;
  miniprogramState?: string;
  /** Field key → value (`{ thing1: '...' }`). */
  fields: Record<string, string>;
  /** When it was sent, on the environment's clock (ISO UTC). */
  time: string;
}

export interface ContentRule {
  word: string;
  /** WeChat's label: 10001 ad, 20001 politics, 20002 porn, 20003 abuse, 20006 crime, 20008 fraud, 21000 other. */
  label: number;
  suggest: 'risky' | 'review';
}

export interface MediaCheck {
  env: string;
  traceId: string;
  mediaUrl: string;
  mediaType: number;
  openid?: string;
  scene?: number;
  time: string;
  /** `pending` until its `wxa_media_check` event has been delivered (message-push.ts). */
  state?: 'pending' | 'delivered';
  /** The verdict pushed (or to be pushed): by the media word list unless a dev route chose it. */
  suggest?: 'pass' | 'risky' | 'review';
  label?: number;
  deliveredTo?: string;
  deliveredAt?: string;
  attempts?: number;
}

/** Media checks flag a file whose URL (its storage path) contains the word. */
export interface MediaRule {
  word: string;
  label: number;
  suggest: 'risky' | 'review';
}

/** Until a test or developer sets its own list: upload a photo under a path containing `risky` to see a refusal. */
export const DEFAULT_MEDIA_RULES: readonly MediaRule[] = [
  { word: 'risky', label: 20002, suggest: 'risky' },
  { word: 'review', label: 21000, suggest: 'review' },
];

/** Words msgSecCheck flags until a test or developer sets its own list. */
export const DEFAULT_CONTENT_RULES: readonly ContentRule[] = [
  { word: '赌博', label: 20006, suggest: 'risky' },
  { word: '代开发票', label: 20008, suggest: 'risky' },
  { word: '色情', label: 20002, suggest: 'risky' },
  { word: '毒品', label: 20006, suggest: 'risky' },
  { word: '枪支', label: 20006, suggest: 'risky' },
  { word: '加微信领红包', label: 10001, suggest: 'review' },
];

interface EnvOpenApi {
  credits: Map<string, number>;
  messages: SentMessage[];
  rules: readonly ContentRule[];
  mediaChecks: MediaCheck[];
  mediaRules: readonly MediaRule[];
}

export class OpenApiState {
  private readonly envs = new Map<string, EnvOpenApi>();
  private readonly logFile: string;

  constructor(dataDir: string) {
    const dir = path.join(dataDir, 'openapi');
    fs.mkdirSync(dir, { recursive: true });
    this.logFile = path.join(dir, 'messages.jsonl');
  }

  private env(name: string): EnvOpenApi {
    let state = this.envs.get(name);
    if (!state) {
      state = {
        credits: new Map(),
        messages: [],
        rules: DEFAULT_CONTENT_RULES,
        mediaChecks: [],
        mediaRules: DEFAULT_MEDIA_RULES,
      };
      this.envs.set(name, state);
    }
    return state;
  }

  grant(env: string, openid: string, templateId: string, count: number): number {
    const credits = this.env(env).credits;
    const key = `${openid}\u0000${templateId}`;
    const total = (credits.get(key) ?? 0) + count;
    credits.set(key, total);
    return total;
  }

  credits(env: string, openid: string, templateId: string): number {
    return this.env(env).credits.get(`${openid}\u0000${templateId}`) ?? 0;
  }

  /** Uses one credit; false when there is none (the platform's 43101). */
  useCredit(env: string, openid: string, templateId: string): boolean {
    const credits = this.env(env).credits;
    const key = `${openid}\u0000${templateId}`;
    const left = credits.get(key) ?? 0;
    if (left <= 0) return false;
    credits.set(key, left - 1);
    return true;
  }

  recordMessage(message: SentMessage): void {
    this.env(message.env).messages.push(message);
    fs.appendFileSync(this.logFile, `${JSON.stringify(message)}\n`);
  }

  messages(env: string): readonly SentMessage[] {
    return this.env(env).messages;
  }

  /** Path of the JSON-lines log of every message sent, all environments. */
  get messageLogPath(): string {
    return this.logFile;
  }

  setRules(env: string, rules: readonly ContentRule[]): void {
    this.env(env).rules = rules;
  }

  rules(env: string): readonly ContentRule[] {
    return this.env(env).rules;
  }

  private readonly mediaListeners: ((check: MediaCheck) => void)[] = [];

  recordMediaCheck(check: MediaCheck): void {
    const rules = this.env(check.env).mediaRules;
    const hit =
      rules.find((r) => r.suggest === 'risky' && check.mediaUrl.includes(r.word)) ??
      rules.find((r) => check.mediaUrl.includes(r.word));
    const recorded: MediaCheck = {
      ...check,
      state: 'pending',
      suggest: hit?.suggest ?? 'pass',
      label: hit?.label ?? 100,
      attempts: 0,
    };
    this.env(check.env).mediaChecks.push(recorded);
    for (const listener of this.mediaListeners) listener(recorded);
  }

  /** Hears every media check as it is recorded (message-push.ts schedules its result event). */
  onMediaCheck(listener: (check: MediaCheck) => void): void {
    this.mediaListeners.push(listener);
  }

  setMediaRules(env: string, rules: readonly MediaRule[]): void {
    this.env(env).mediaRules = rules;
  }

  mediaRules(env: string): readonly MediaRule[] {
    return this.env(env).mediaRules;
  }

  mediaChecks(env: string): readonly MediaCheck[] {
    return this.env(env).mediaChecks;
  }
}

/** One readable line per message, for the console. */
export function formatMessage(m: SentMessage): string {
  const fields = Object.entries(m.fields)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `${m.time} [${m.env}] → ${m.touser} ${m.templateId}${m.page ? ` (${m.page})` : ''}: ${fields}`;
}
