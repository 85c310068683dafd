// Signatures for the URLs local-cloud hands out (upload URLs and temporary download URLs). Like COS's, a URL is
// valid for one object until an instant; the secret is kept in the storage folder so temporary URLs a client
// cached stay valid across restarts of local-cloud, as they do in the cloud.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Purpose = 'upload' | 'download';

export class Signer {
  private readonly secret: Buffer;

  constructor(root: string) {
    const file = path.join(root, '.url-secret');
    let secret: Buffer;
    try {
      secret = readFileSync(file);
    } catch {
      mkdirSync(root, { recursive: true });
      secret = randomBytes(32);
      writeFileSync(file, secret, { mode: 0o600 });
    }
    this.secret = secret;
  }

  sign(purpose: Purpose, env: string, key: string, expiresAtSeconds: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}\n${env}\n${key}\n${expiresAtSeconds}`).digest('hex');
  }

  /** Whether `signature` was made by `sign` for exactly these values (expiry is checked by the caller). */
  verify(purpose: Purpose, env: string, key: string, expiresAtSeconds: number, signature: string): boolean {
    const expected = Buffer.from(this.sign(purpose, env, key, expiresAtSeconds), 'hex');
    const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
