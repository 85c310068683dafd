// A minimal multipart/form-data reader for the bodies @cloudbase/node-sdk sends (open API, storage): text fields
// become strings, fields sent as application/octet-stream (protobuf payloads, file bytes) stay Buffers.
export function parseMultipart(raw: Buffer, contentType: string): Record<string, unknown> {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new Error('multipart body without boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, unknown> = {};
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (raw.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, partStart);
    if (next === -1) break;
    const part = raw.subarray(partStart + 2, next - 2); // skip CRLF after the delimiter and before the next one
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) {
      const binary = /content-type:\s*application\/octet-stream/i.test(headers) || /filename="/i.test(headers);
      fields[name] = binary ? Buffer.from(content) : content.toString('utf8');
    }
    start = next;
  }
  return fields;
}
