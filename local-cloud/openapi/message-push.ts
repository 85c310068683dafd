// The platform's message push (消息推送) for what local-cloud's open API starts: the result of
// `security.mediaCheckAsync` v2 arrives later as the `wxa_media_check` event, delivered to the function whose
// config.json `messagePush` lists `{ msgType: 'event', event: 'wxa_media_check' }` (in the cloud this is a console
// setting; one function per (MsgType, Event) pair). The verdict comes from the environment's media word list
// (the file's URL, i.e. its storage path, containing a word) unless a dev route chooses it.
//
// When: on the environment's clock. A frozen clock delivers pending checks on its next advance (any amount);
// a running clock delivers them about a second after they were recorded. `POST /_dev/media-checks/deliver`
// delivers at once. Each check is delivered once; a failed delivery is tried again on the next occasion, up
// to three times (the platform retries pushes too). Without a configured function the checks wait.
import type { Environments } from '../environments';
import type { FunctionCatalog } from '../functions/function-catalog';
import type { InvocationResult, InvokeRequest } from '../functions/function-host';
import type { MediaCheck, OpenApiState } from './open-api-state';

const MEDIA_CHECK_EVENT = 'wxa_media_check';
const RUNNING_CLOCK_DELAY_MS = 1000;
const MAX_ATTEMPTS = 3;
/** The SOURCE a pushed invocation carries: undocumented for message pushes, so the platform's "unknown". */
export const PUSH_SOURCE = 'wx_unknown';

export interface Delivery {
  traceId: string;
  functionName: string | null;
  suggest: string;
  ok: boolean;
  error?: string;
}

export interface MessagePushOptions {
  environments: Environments;
  catalog: FunctionCatalog;
  invoke(request: InvokeRequest): Promise<InvocationResult>;
  log: (line: string) => void;
  appid?: string;
}

export class MessagePush {
  private readonly busy = new Map<string, Promise<Delivery[]>>();

  constructor(
    private readonly state: OpenApiState,
    private readonly options: MessagePushOptions,
  ) {
    options.environments.onCreated((env) => {
      env.clock.onAdvance(async () => {
        await this.deliverPending(env.name);
      });
    });
    state.onMediaCheck((check) => {
      const env = options.environments.get(check.env);
      if (env.clock.isFrozen()) return;
      setTimeout(() => void this.deliverPending(check.env), RUNNING_CLOCK_DELAY_MS).unref();
    });
  }

  /** The function configured for an event, if any. */
  target(event: string): string | null {
    const fn = this.options.catalog
      .list()
      .find((f) => f.config.messagePush.some((p) => p.msgType === 'event' && p.event === event));
    return fn?.name ?? null;
  }

  /** Delivers every pending check of the environment (or only `traceId`, with `suggest` if given), in order. */
  deliverPending(env: string, only?: { traceId?: string; suggest?: MediaCheck['suggest'] }): Promise<Delivery[]> {
    const previous = this.busy.get(env) ?? Promise.resolve([]);
    const next = previous.then(() => this.deliver(env, only));
    this.busy.set(
      env,
      next.catch(() => []),
    );
    return next;
  }

  private async deliver(
    env: string,
    only?: { traceId?: string; suggest?: MediaCheck['suggest'] },
  ): Promise<Delivery[]> {
    const due = this.state
      .mediaChecks(env)
      .filter((c) => c.state === 'pending' && (c.attempts ?? 0) < MAX_ATTEMPTS)
      .filter((c) => !only?.traceId || c.traceId === only.traceId);
    if (due.length === 0) return [];
    const functionName = this.target(MEDIA_CHECK_EVENT);
    const out: Delivery[] = [];
    for (const check of due) {
      if (only?.suggest) {
        check.suggest = only.suggest;
        check.label = only.suggest === 'pass' ? 100 : check.label && check.label !== 100 ? check.label : 21000;
      }
      const suggest = check.suggest ?? 'pass';
      if (!functionName) {
        out.push({
          traceId: check.traceId,
          functionName: null,
          suggest,
          ok: false,
          error: 'no function is configured for wxa_media_check',
        });
        continue;
      }
      check.attempts = (check.attempts ?? 0) + 1;
      const now = this.options.environments.get(env).clock.now();
      const result = await this.options.invoke({
        env,
        name: functionName,
        event: this.eventOf(check, now),
        source: PUSH_SOURCE,
      });
      if (result.ok) {
        check.state = 'delivered';
        check.deliveredTo = functionName;
        check.deliveredAt = new Date(now).toISOString();
        out.push({ traceId: check.traceId, functionName, suggest, ok: true });
      } else {
        this.options.log(
          `message push ${MEDIA_CHECK_EVENT} ${check.traceId} → ${functionName} failed: ${result.message}`,
        );
        out.push({ traceId: check.traceId, functionName, suggest, ok: false, error: result.message });
      }
    }
    return out;
  }

  /** The event as WeChat pushes it in JSON mode. */
  private eventOf(check: MediaCheck, now: number): Record<string, unknown> {
    const suggest = check.suggest ?? 'pass';
    const label = check.label ?? 100;
    return {
      ToUserName: 'gh_local00000000',
      FromUserName: check.openid ?? '',
      CreateTime: Math.floor(now / 1000),
      MsgType: 'event',
      Event: MEDIA_CHECK_EVENT,
      appid: this.options.appid ?? 'wx0000000000local',
      trace_id: check.traceId,
      version: 2,
      detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: suggest === 'pass' ? 0 : 90 }],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
    };
  }
}
