/**
 * Component-test harness: renders a mini-program page or component with miniprogram-simulate, against the real
 * cloud functions on local-cloud.
 *
 * Guarantees:
 * - The code under test is the mini-program's own source: each .ts file is compiled on its own with esbuild (as
 *   DevTools' TypeScript plugin does, file by file) into a private copy of miniprogram/ under .build/, with
 *   TDesign built into its miniprogram_npm by the same script as `node scripts/build-miniprogram-npm.mjs`.
 *   Templates go through the official wcc compiler (miniprogram-simulate's `official` mode).
 * - `wx.request` performs real HTTP, so services reach local-cloud's `/functions/<name>` (LOCAL_CLOUD_URL) and the
 *   real function bundles: no stubbed responses. Storage is a real in-memory store; navigation is recorded.
 * - Every `setData` of the mounted page is recorded; a call whose JSON exceeds 64 KB throws at once and fails the
 *   test in `afterEach` even when the throw happened inside an async handler.
 * - One function call per first screen: `wx.request` calls are counted from mount until the first `setData` after a
 *   response arrived (the first render with data); more than one fails the test in `afterEach`. A page may load a
 *   second list after that render.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const MINIPROGRAM_DIR = path.join(PROJECT_ROOT, 'miniprogram');
/** Project budget per setData call (docs/platform.md §2). */
export const SETDATA_LIMIT_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Compiling the mini-program into a private directory (one per test file: jest resets modules between files).
let compiledRoot: string | undefined;
afterAll(() => {
  if (compiledRoot) fs.rmSync(compiledRoot, { recursive: true, force: true });
});

/** Compiles miniprogram/ into a private directory (see scripts/miniprogram/compile-for-simulate.cjs). */
export function compileMiniprogram(): string {
  if (compiledRoot) return compiledRoot;
  const buildDir = path.join(PROJECT_ROOT, '.build');
  fs.mkdirSync(buildDir, { recursive: true });
  // Inside the project so that bare requires in library code (tslib) resolve from node_modules.
  const root = fs.mkdtempSync(path.join(buildDir, 'components-'));
  // A child process: esbuild refuses to run inside jest's jsdom realm (its Uint8Array invariant).
  const script = path.join(PROJECT_ROOT, 'scripts', 'miniprogram', 'compile-for-simulate.cjs');
  const res = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`compiling the mini-program failed: ${res.stderr || res.error?.message}`);
  compiledRoot = root;
  return root;
}

// ---------------------------------------------------------------------------------------------------------------
// The `wx` global: simulate's mocks, with real HTTP, real storage and recorded navigation.

type Callback<T> = ((value: T) => void) | undefined;

interface RequestOptions {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  timeout?: number;
  dataType?: string;
  success?: Callback<{ statusCode: number; data: unknown; header: Record<string, unknown>; errMsg: string }>;
  fail?: Callback<{ errMsg: string }>;
  complete?: Callback<unknown>;
}

/** `wx.request` over node:http: the mini-program's HTTP, for real. */
function realRequest(options: RequestOptions): { abort(): void } {
  const body =
    options.data === undefined ? '' : typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  let settled = false;
  const finish = (ok: boolean, value: unknown) => {
    if (settled) return;
    settled = true;
    if (ok) options.success?.(value as never);
    else options.fail?.(value as never);
    options.complete?.(value);
  };
  const req = http.request(
    options.url,
    {
      method: options.method ?? 'GET',
      headers: { ...(options.header ?? {}), 'content-length': String(Buffer.byteLength(body)) },
      timeout: options.timeout ?? 60000,
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let data: unknown = text;
        if ((options.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(text);
          } catch {
            // WeChat hands the raw string over when the body is not JSON
          }
        }
        finish(true, { statusCode: res.statusCode ?? 0, data, header: res.headers, errMsg: 'request:ok' });
      });
    },
  );
  req.on('timeout', () => {
    req.destroy();
    finish(false, { errMsg: 'request:fail timeout' });
  });
  req.on('error', (err) => finish(false, { errMsg: `request:fail ${err.message}` }));
  req.end(body);
  return { abort: () => req.destroy() };
}

/** A file the page downloaded (`wx.downloadFile`, real HTTP) and opened (`wx.openDocument`). */
export interface OpenedDocument {
  filePath: string;
  fileType: string | undefined;
  showMenu: boolean;
  /** The downloaded bytes, so a test can read the file the person would see. */
  content: Buffer;
}

export interface WxRecorder {
  storage: Map<string, unknown>;
  navigations: string[];
  documents: OpenedDocument[];
  /** Titles of `wx.showToast`, in order. */
  toasts: string[];
}

/** `wx.downloadFile` over node:http into memory: its temp path names the bytes `wx.openDocument` then opens. */
const downloads = new Map<string, Buffer>();

function realDownload(options: {
  url: string;
  success?: Callback<{ statusCode: number; tempFilePath: string; errMsg: string }>;
  fail?: Callback<{ errMsg: string }>;
}): void {
  http
    .get(options.url, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const tempFilePath = `http://tmp/download-${downloads.size + 1}`;
        downloads.set(tempFilePath, Buffer.concat(chunks));
        options.success?.({ statusCode: res.statusCode ?? 0, tempFilePath, errMsg: 'downloadFile:ok' });
      });
    })
    .on('error', (err) => options.fail?.({ errMsg: `downloadFile:fail ${err.message}` }));
}

/** Requests of any page of this file still in flight: drained before the file's environment goes away. */
const pending = { count: 0 };
afterAll(async () => {
  // A page's follow-up loads (counts, badges) may still be on their way when the last test ends; their setData
  // must land before jsdom is torn down.
  let quietSince = Date.now();
  const deadline = Date.now() + 10000;
  while (Date.now() - quietSince < 150 && Date.now() < deadline) {
    if (pending.count > 0) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
});

/** Counts the page's function calls up to its first render with data. */
interface FirstScreenProbe {
  started: number;
  /** Requests still waiting for an answer (any page's: wx is global). */
  inFlight: number;
  responded: boolean;
  /** Calls made before the first render with data; undefined until that render. */
  calls: number | undefined;
}

function installWx(recorder: WxRecorder, probe: FirstScreenProbe): void {
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  const { storage, navigations, documents, toasts } = recorder;
  Object.assign(wx, {
    request: (options: RequestOptions) => {
      probe.started += 1;
      probe.inFlight += 1;
      pending.count += 1;
      const complete = options.complete;
      return realRequest({
        ...options,
        complete: (value) => {
          probe.responded = true;
          probe.inFlight -= 1;
          pending.count -= 1;
          complete?.(value);
        },
      });
    },
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    navigateTo: (o: { url: string; success?: Callback<unknown> }) => {
      navigations.push(o.url);
      o.success?.({ errMsg: 'navigateTo:ok' });
      return Promise.resolve({ errMsg: 'navigateTo:ok' });
    },
    redirectTo: (o: { url: string; success?: Callback<unknown> }) => {
      navigations.push(o.url);
      o.success?.({ errMsg: 'redirectTo:ok' });
      return Promise.resolve({ errMsg: 'redirectTo:ok' });
    },
    stopPullDownRefresh: () => undefined,
    showToast: (o: { title: string }) => {
      toasts.push(o.title);
      return Promise.resolve({ errMsg: 'showToast:ok' });
    },
    downloadFile: realDownload,
    openDocument: (o: {
      filePath: string;
      fileType?: string;
      showMenu?: boolean;
      success?: Callback<unknown>;
      fail?: Callback<unknown>;
    }) => {
      const content = downloads.get(o.filePath);
      if (!content) return o.fail?.({ errMsg: 'openDocument:fail file not found' });
      documents.push({ filePath: o.filePath, fileType: o.fileType, showMenu: o.showMenu === true, content });
      o.success?.({ errMsg: 'openDocument:ok' });
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Mounting.

export interface SetDataCall {
  keys: string[];
  bytes: number;
}

/** The slice of miniprogram-simulate's component we use (its typings need the mini-program's global types). */
export interface SimNodeJSON {
  tagName: string;
  attrs: { name: string; value: unknown }[];
  children: (SimNodeJSON | string)[];
}

export interface SimComponent {
  /** The rendered DOM node (jsdom); typed narrowly because the node project has no DOM lib. */
  dom: { className: string; textContent: string | null };
  data: Record<string, unknown>;
  instance: Record<string, unknown> & { setData(data: Record<string, unknown>, cb?: () => void): void };
  attach(parent: unknown): void;
  detach(): void;
  querySelector(selector: string): SimComponent | undefined;
  querySelectorAll(selector: string): SimComponent[];
  /** Custom events reach handlers asynchronously (a microtask later), as in j-component. */
  dispatchEvent(name: string, options?: { detail?: Record<string, unknown> }): void;
  toJSON(): SimNodeJSON;
}

export interface Mounted extends WxRecorder {
  page: SimComponent;
  setDataCalls: SetDataCall[];
  /** Function calls the page made before its first render with data (undefined until that render). */
  firstScreenCalls(): number | undefined;
  /**
   * Resolves once no request has been in flight for `quietMs`: the page's follow-up loads (counts, badges) are
   * done, so none of them lands in the next test's count.
   */
  settled(quietMs?: number): Promise<void>;
  /** Text content of the rendered page, whitespace collapsed. */
  text(): string;
  /** Every aria-label in the rendered tree (simulate keeps aria-* in its node tree, not in the DOM). */
  ariaLabels(): string[];
}

export interface MountOptions {
  /** local-cloud environment the services call (`dev.env`). */
  env: string;
  /** Dev identity (`x-wx-openid`); default: the app's own default. */
  openid?: string;
  /** Base URL of local-cloud; default LOCAL_CLOUD_URL. */
  localCloudUrl?: string;
  /** Page query passed to onLoad. */
  query?: Record<string, string>;
}

// Real HTTP to local-cloud and a cold function start can exceed jest's default 5 s on a loaded 2-core machine.
jest.setTimeout(30000);

const oversize: string[] = [];
/** Drains the record of oversize setData calls (for a test that provokes one on purpose). */
export function takeOversizeSetData(): string[] {
  return oversize.splice(0);
}

/** Budget: function calls before a page's first screen (issue 5, "One function call to render each page"). */
export const FIRST_SCREEN_CALL_LIMIT = 1;
const overBudgetFirstScreens: string[] = [];
/** Drains the record of pages over the first-screen call budget (for a test that provokes one on purpose). */
export function takeOverBudgetFirstScreens(): string[] {
  return overBudgetFirstScreens.splice(0);
}

afterEach(() => {
  const found = oversize.splice(0);
  const slow = overBudgetFirstScreens.splice(0);
  if (found.length > 0) throw new Error(`setData over ${SETDATA_LIMIT_BYTES} bytes: ${found.join('; ')}`);
  if (slow.length > 0) {
    throw new Error(`more than ${FIRST_SCREEN_CALL_LIMIT} function call before the first screen: ${slow.join('; ')}`);
  }
});

/** Renders `pagePath` (e.g. 'pages/start/index') as WeChat would open it: App launched, onLoad(query), onShow. */
export function mountPage(pagePath: string, options: MountOptions): Mounted {
  const url = options.localCloudUrl ?? process.env.LOCAL_CLOUD_URL;
  if (!url)
    throw new Error('LOCAL_CLOUD_URL is not set: component tests run under jest (tests/support/global-setup.ts)');
  const root = compileMiniprogram();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const simulate = require('miniprogram-simulate') as {
    load(p: string, tag: string, o: object): string;
    render(id: string): SimComponent;
  };

  const recorder: WxRecorder = { storage: new Map(), navigations: [], documents: [], toasts: [] };
  const probe: FirstScreenProbe = { started: 0, inFlight: 0, responded: false, calls: undefined };
  installWx(recorder, probe);
  recorder.storage.set('dev.env', options.env);
  recorder.storage.set('dev.localCloudUrl', url);
  if (options.openid) recorder.storage.set('dev.openid', options.openid);

  // App(): run app.js as the platform does before the first page, and serve it from getApp().
  let app: { onLaunch?: () => void } | undefined;
  const g = globalThis as unknown as Record<string, unknown>;
  g.App = (definition: { onLaunch?: () => void }) => {
    app = definition;
  };
  g.getApp = () => app;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(root, 'app.js'));
  app?.onLaunch?.();

  const id = simulate.load(path.join(root, pagePath), 'page', { rootPath: root, compiler: 'official' });
  const page = simulate.render(id);
  // The page stack as the platform keeps it (one page here): TDesign components that follow the page's scroll
  // (page-scroll mixin) attach to getCurrentPages()'s last page, which miniprogram-simulate does not provide.
  g.getCurrentPages = () => [page.instance];
  const { document } = globalThis as unknown as { document: { createElement(tag: string): unknown } };
  page.attach(document.createElement('parent-wrapper'));

  const setDataCalls: SetDataCall[] = [];
  const original = page.instance.setData.bind(page.instance);
  page.instance.setData = (data, cb) => {
    const bytes = Buffer.byteLength(JSON.stringify(data));
    setDataCalls.push({ keys: Object.keys(data), bytes });
    if (probe.responded && probe.calls === undefined) {
      probe.calls = probe.started;
      if (probe.calls > FIRST_SCREEN_CALL_LIMIT) {
        overBudgetFirstScreens.push(`${pagePath} made ${probe.calls} calls before its first render with data`);
      }
    }
    if (bytes > SETDATA_LIMIT_BYTES) {
      const message = `${pagePath}: setData(${Object.keys(data).join(', ')}) is ${bytes} bytes`;
      oversize.push(message);
      throw new Error(message);
    }
    original(data, cb);
  };

  const lifecycle = page.instance as Record<string, unknown>;
  if (typeof lifecycle.onLoad === 'function') (lifecycle.onLoad as (q: object) => void)(options.query ?? {});
  if (typeof lifecycle.onShow === 'function') (lifecycle.onShow as () => void)();

  return {
    ...recorder,
    page,
    setDataCalls,
    firstScreenCalls: () => probe.calls,
    settled: async (quietMs = 150) => {
      let quietSince = Date.now();
      await waitFor(() => {
        if (probe.inFlight > 0) quietSince = Date.now();
        return Date.now() - quietSince >= quietMs;
      }, `${pagePath} to settle`);
    },
    text: () => (page.dom.textContent ?? '').replace(/\s+/g, ' ').trim(),
    // wcc camel-cases attribute names: aria-label arrives as ariaLabel.
    ariaLabels: () => collectAttr(page.toJSON(), 'ariaLabel'),
  };
}

function collectAttr(node: SimNodeJSON | string, name: string, out: string[] = []): string[] {
  if (typeof node === 'string') return out;
  for (const attr of node.attrs) if (attr.name === name && attr.value !== undefined) out.push(String(attr.value));
  for (const child of node.children) collectAttr(child, name, out);
  return out;
}

/**
 * Taps what a person would tap: the element `inner` inside the library component `outer` (TDesign components are
 * virtual hosts with no DOM node of their own, so the tap lands on their inner element and they emit the event).
 */
export function tapInside(page: SimComponent, outer: string, inner: string): void {
  const host = page.querySelector(outer);
  if (!host) throw new Error(`no ${outer} on the page`);
  const target = host.querySelector(inner);
  if (!target) throw new Error(`no ${inner} inside ${outer}`);
  target.dispatchEvent('tap');
}

/** Polls until `check` returns true (the page is waiting on real HTTP), failing after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An address where nothing listens: a closed loopback port, found by binding and releasing it. */
export async function unreachableUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

/**
 * A fresh local-cloud environment for one test file. (tests/support/cloud.ts's freshEnv needs `fetch`, which
 * jest's jsdom realm lacks; this is the same `POST /_dev/envs` over node:http.)
 */
export async function freshComponentEnv(): Promise<{ name: string; url: string }> {
  const url = process.env.LOCAL_CLOUD_URL;
  if (!url)
    throw new Error('LOCAL_CLOUD_URL is not set: component tests run under jest (tests/support/global-setup.ts)');
  const name = `c-${process.pid}-${Date.now().toString(36)}`;
  const body = JSON.stringify({ env: name });
  await new Promise<void>((resolve, reject) => {
    const req = http.request(
      `${url}/_dev/envs`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`/_dev/envs → ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
  return { name, url };
}
