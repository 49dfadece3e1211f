/** Polling helper shared by the drivers. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  options: { timeoutMs?: number; intervalMs?: number; description?: string } = {},
): Promise<NonNullable<T>> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? lastError.message : lastError !== undefined ? String(lastError) : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${options.description ?? 'a condition'} (${why})`);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 100));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
