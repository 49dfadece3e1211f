import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What both browser launchers share: check the build is there, make a profile folder unless one
 * is given (restart tests pass theirs), start the driver, and close it again if starting fails,
 * so a failed launch never leaves a browser process behind.
 */
export async function startDriver<D extends { start(): Promise<void>; close(): Promise<void> }>(
  distDir: string,
  profilePrefix: string,
  userDataDir: string | undefined,
  make: (userDataDir: string) => D,
): Promise<D> {
  if (!existsSync(join(distDir, 'manifest.json'))) throw new Error(`No built extension at ${distDir} (run npm run build)`);
  const driver = make(userDataDir ?? (await mkdtemp(join(tmpdir(), profilePrefix))));
  try {
    await driver.start();
  } catch (error) {
    await driver.close().catch(() => {});
    throw error;
  }
  return driver;
}
