/**
 * Styles of the in-page overlay, inside its shadow root (the page's CSS cannot reach them, and
 * they cannot leak out). System fonts and fixed sizes: the page's root font size must not scale us.
 */
export const OVERLAY_CSS = `
.panel { position: fixed; box-sizing: border-box; display: flex; flex-wrap: wrap; align-items: center; gap: 6px;
  max-width: 320px; padding: 6px 8px; border-radius: 8px; background: #1f2328; color: #f6f8fa;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 4px 16px rgba(0,0,0,.35); }
.panel:empty { display: none; }
button { all: unset; box-sizing: border-box; cursor: pointer; font: inherit; color: inherit; }
button:focus-visible { outline: 2px solid #74c0fc; outline-offset: 2px; }
.swatch { width: 20px; height: 20px; border-radius: 50%; border: 2px solid rgba(255,255,255,.6); }
.swatch[aria-pressed="true"] { border-color: #fff; box-shadow: 0 0 0 2px #1f2328, 0 0 0 4px #fff; }
.text { padding: 2px 8px; border-radius: 6px; border: 1px solid rgba(255,255,255,.35); }
.text:hover, .swatch:hover { filter: brightness(1.15); }
.note { all: unset; box-sizing: border-box; display: block; width: 100%; min-height: 64px; padding: 6px;
  border-radius: 6px; background: #fff; color: #1f2328; font: inherit; white-space: pre-wrap; }
.row { display: flex; gap: 6px; width: 100%; justify-content: flex-end; }
.msg { flex: 1 1 auto; }
`;
