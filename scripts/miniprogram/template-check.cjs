/**
 * Compiles the mini-program's templates and styles with WeChat's own compilers (wcc, wcsc), as DevTools does.
 *
 * Guarantees: every .wxml (with every .wxs) under the root goes through one wcc run and every .wxss through one
 * wcsc run, excluding miniprogram_npm and node_modules (library code is compiled by its publisher); every .json is
 * parsed. A failure names the file and carries the compiler's own message. The binaries are the official ones
 * shipped in miniprogram-compiler (the dependency miniprogram-simulate uses); the argument shapes follow its
 * src/wcc.js and src/wcsc.js.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const SKIP_DIRS = new Set(['miniprogram_npm', 'node_modules']);

function compilerPath(name) {
  const dir = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin');
  const platform = { darwin: 'mac', linux: 'linux', win32: 'windows' }[process.platform];
  if (!platform) throw new Error(`no ${name} binary for ${process.platform}`);
  const file = path.join(dir, platform, process.platform === 'win32' ? `${name}.exe` : name);
  try {
    fs.chmodSync(file, 0o755); // npm does not always keep the executable bit of bundled binaries
  } catch {
    // read-only installs already carry the bit
  }
  return file;
}

function listFiles(root, dir = root, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listFiles(root, full, out);
    } else {
      out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

function readJson(root, rel, failures) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
  } catch (err) {
    failures.push({ file: rel, message: `invalid JSON: ${err.message}` });
    return null;
  }
}

function run(binary, args, cwd) {
  const res = spawnSync(binary, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (res.error) throw res.error;
  return { status: res.status, stderr: res.stderr.toString().trim(), stdout: res.stdout.toString() };
}

/** The file a compiler message is about: wcc says "a/b.wxml:3:5: ...", wcsc "ERR: a/b.wxss(2:5): ...". */
function fileOf(message, candidates) {
  const hit = candidates.find((f) => message.includes(f));
  return hit ?? '(unknown file)';
}

/**
 * Checks templates under `root`. Returns { wxml, wxs, wxss, json, failures: [{ file, message }] } where the first
 * four are the files checked.
 */
function checkTemplates(root) {
  const files = listFiles(root);
  const failures = [];
  const json = files.filter((f) => f.endsWith('.json'));
  const wxml = files.filter((f) => f.endsWith('.wxml'));
  const wxs = files.filter((f) => f.endsWith('.wxs'));
  const wxss = files.filter((f) => f.endsWith('.wxss'));

  const jsonByPath = new Map(json.map((f) => [f, readJson(root, f, failures)]));
  const app = jsonByPath.get('app.json');
  const globalTags = Object.keys(app?.usingComponents ?? {});

  if (wxml.length > 0) {
    // wcc learns which tags are custom components from "<count> (<page> <n> <tag>...)*"; global ones included.
    const components = [];
    for (const f of wxml) {
      const own = jsonByPath.get(f.replace(/\.wxml$/, '.json'));
      if (!own) continue; // a template without json is an import/include target, not a page or component
      const tags = [...new Set([...globalTags, ...Object.keys(own.usingComponents ?? {})])];
      components.push([f, String(tags.length), ...tags].join(' '));
    }
    const componentArgs = [String(components.length), ...components];
    const res = run(compilerPath('wcc'), ['-d', '-cc', componentArgs.join(' '), ...wxml, ...wxs, '-gn', '$gwx'], root);
    if (res.status !== 0)
      failures.push({
        file: fileOf(res.stderr, [...wxml, ...wxs]),
        message: res.stderr || `wcc exited with ${res.status}`,
      });
  }

  if (wxss.length > 0) {
    // Component styles (a sibling .json) go first and are counted, as miniprogram-compiler's wcsc.js does.
    const comp = wxss.filter((f) => jsonByPath.has(f.replace(/\.wxss$/, '.json')) && f !== 'app.wxss');
    const rest = wxss.filter((f) => !comp.includes(f));
    const res = run(compilerPath('wcsc'), ['-db', '-pc', String(comp.length), ...comp, ...rest], root);
    // wcsc may exit 0 yet print "ERR:" lines for a file it skipped; both count as failures.
    const errLines = res.stderr.split('\n').filter((l) => /ERR/.test(l));
    if (res.status !== 0 || errLines.length > 0) {
      const lines = errLines.length > 0 ? errLines : [res.stderr || `wcsc exited with ${res.status}`];
      for (const line of lines) failures.push({ file: fileOf(line, wxss), message: line.trim() });
    }
  }

  return { wxml, wxs, wxss, json, failures };
}

module.exports = { checkTemplates };
