/** The mouse calls playwright-core and puppeteer-core share. */
export type Mouse = {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
};

/** A trusted drag as a user makes it to select text: press, move in steps, release. */
export async function mouseDrag(mouse: Mouse, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move(to.x, to.y, { steps: 8 });
  await mouse.up();
}
