import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A note edited in place: saved when the field loses focus (or Ctrl/Cmd+Enter), and refreshed
 * from outside (another tab, the in-page menu) only while the reader is not typing in it.
 */
export function NoteEditor(props: { note: string; placeholder: string; onSave: (note: string) => Promise<boolean> | void; autoFocus?: boolean; onDone?: () => void }) {
  const [draft, setDraft] = useState(props.note);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(props.note);
  }, [props.note]);
  // Reads the field itself: an input and a blur in the same task would still see the old draft.
  const save = (value: string): void => {
    editing.current = false;
    if (value !== props.note) void props.onSave(value);
    props.onDone?.();
  };
  return (
    <textarea
      class="hl-note"
      rows={Math.min(6, Math.max(1, draft.split('\n').length))}
      value={draft}
      placeholder={props.placeholder}
      aria-label={props.placeholder}
      maxLength={50_000}
      ref={(el) => {
        if (el && props.autoFocus && !editing.current) el.focus();
      }}
      onFocus={() => (editing.current = true)}
      onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
      onBlur={(e) => save((e.currentTarget as HTMLTextAreaElement).value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.currentTarget as HTMLTextAreaElement).blur();
        if (e.key === 'Escape' && props.onDone) (e.currentTarget as HTMLTextAreaElement).blur();
      }}
    />
  );
}
