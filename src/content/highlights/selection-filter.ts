/**
 * Which selections may become highlights. Text the reader is typing (inputs, textareas,
 * contenteditable editors) is theirs to edit, not to annotate, and a selection inside our own
 * toolbar must never open another toolbar.
 */

/** True for nodes inside a form field or an editable region (including `contenteditable="plaintext-only"`). */
export function isInEditable(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  if (!el) return false;
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return true;
  // `isContentEditable` also covers inherited editability and `designMode` documents.
  return (el as HTMLElement).isContentEditable === true || el.ownerDocument?.designMode === 'on';
}

/**
 * The range of `selection` if it can be highlighted, else null: not collapsed, holds visible
 * text, and neither end is in an editable region or in our own UI (`isOurs`).
 */
export function usableSelectionRange(selection: Selection | null, isOurs: (node: Node) => boolean = () => false): Range | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed || !/\S/.test(range.toString())) return null;
  for (const node of [range.startContainer, range.endContainer, range.commonAncestorContainer]) {
    if (isOurs(node) || isInEditable(node)) return null;
  }
  // A focused field holds the "selection" of its own value in some browsers: the document
  // selection then points at the field's parent, so check the focused element too.
  const active = range.startContainer.ownerDocument?.activeElement;
  if (active && active !== active.ownerDocument.body && isInEditable(active) && range.intersectsNode(active)) return null;
  return range;
}
