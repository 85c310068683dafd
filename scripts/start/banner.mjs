// What `npm start` prints once everything runs: where local-cloud is, which environment the mini-program uses,
// the dev identities per role, how to point WeChat DevTools at it, and the curl lines for calling a function and
// moving the clock. Plain text, so it reads the same in any terminal.
export function banner({ url, env, dataDir, identities, labels }) {
  const width = Math.max(...Object.values(identities).map((openid) => openid.length));
  const lines = [
    '',
    '代表直通车 · local backend is running',
    '',
    `  local-cloud    ${url}   (loopback only)`,
    `  environment    ${env}   (miniprogram/config.ts: mode 'local', env '${env}')`,
    `  data folder    ${dataDir}   (delete it to start from a fresh demo township)`,
    `  demo township  青禾镇: 20 villages/communities, 20 stations, 86 deputies, 34 handling units`,
    '',
    'Dev identities (the x-wx-openid header in local mode; choose one in the app, default in miniprogram/config.ts):',
    ...Object.entries(identities).map(([name, openid]) => `  ${openid.padEnd(width)}  ${labels[name] ?? ''}`),
    '',
    'WeChat DevTools:',
    '  1. Import this folder (project.config.json). The appid is the placeholder "touristappid": put your own in',
    '     project.private.config.json (or project.config.json) to preview on a phone.',
    '  2. 详情 → 本地设置: tick 不校验合法域名 so the simulator may call http://127.0.0.1.',
    '  3. "构建 npm" is already done (miniprogram/miniprogram_npm). Compile.',
    '',
    'Try it:',
    `  curl -s -X POST '${url}/functions/account?env=${env}' -H 'content-type: application/json' \\`,
    `       -H 'x-wx-openid: ${identities.deputy}' -d '{"command":"whoami"}'`,
    `  curl -s '${url}/_dev/messages?env=${env}'   # the subscription messages sent so far`,
    `  curl -s -X POST '${url}/_dev/clock' -H 'content-type: application/json' \\`,
    `       -d '{"env":"${env}","advanceMs":86400000}'   # move the clock one day on (timers due fire)`,
    '',
    'Subscription messages are printed below as they are sent. Ctrl-C stops everything.',
    '',
  ];
  return lines.join('\n');
}
