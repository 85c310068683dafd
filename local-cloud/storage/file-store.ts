// The bytes of stored objects, one folder per environment under the storage root. An object is written to a
// temporary file, flushed and renamed into place, so a reader sees either the old bytes or the new ones, and an
// acknowledged upload survives a crash. Objects are named by a hash of their key, because COS keys such as `a` and
// `a/b` may coexist while a file and a folder of the same name cannot.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export class FileStore {
  constructor(private readonly root: string) {}

  private fileOf(env: string, key: string): string {
    return path.join(this.root, env, createHash('sha256').update(key, 'utf8').digest('hex'));
  }

  async put(env: string, key: string, bytes: Buffer): Promise<void> {
    const target = this.fileOf(env, key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  }

  /** The object's bytes, or null when there is no such object. */
  async get(env: string, key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.fileOf(env, key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** The object's size in bytes, or null when there is no such object. */
  async size(env: string, key: string): Promise<number | null> {
    try {
      return (await fs.stat(this.fileOf(env, key))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** Removes the object; answers whether it existed. */
  async remove(env: string, key: string): Promise<boolean> {
    try {
      await fs.unlink(this.fileOf(env, key));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}
