// Follows local-cloud's log of subscription messages (`<data>/openapi/messages.jsonl`, one JSON object per send,
// written by the open API) and prints each new one as it is sent. Starts at the current end: a restart does not
// replay old messages. Polls, because fs.watch is unreliable across platforms and the file may not exist yet.
import fs from 'node:fs';

export function formatMessage(message) {
  const fields = Object.entries(message.fields ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join('  ');
  const page = message.page ? ` → ${message.page}` : '';
  return `[message] ${message.time} ${message.env} to ${message.touser} template ${message.templateId}${page}\n          ${fields}`;
}

export function tailMessages(file, print = (line) => process.stdout.write(`${line}\n`)) {
  let offset = fs.existsSync(file) ? fs.statSync(file).size : 0;
  let pending = '';
  const timer = setInterval(() => {
    if (!fs.existsSync(file)) return;
    const size = fs.statSync(file).size;
    if (size < offset) offset = 0; // the data folder was reset
    if (size === offset) return;
    const fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(size - offset);
    fs.readSync(fd, buffer, 0, buffer.length, offset);
    fs.closeSync(fd);
    offset = size;
    const lines = (pending + buffer.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        print(formatMessage(JSON.parse(line)));
      } catch {
        print(`[message] ${line}`);
      }
    }
  }, 500);
  timer.unref();
  return () => clearInterval(timer);
}
