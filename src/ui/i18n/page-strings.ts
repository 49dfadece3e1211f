/**
 * The few strings the in-page UI shows (toolbar, menu, messages). They live apart from the
 * panel's tables so the content bundle, injected into article pages, carries only these; the
 * panel's tables include them (en.ts, zh-CN.ts), so each string is written once.
 */
export const pageStringsEn = {
  addNote: 'Add note',
  copy: 'Copy',
  delete: 'Delete',
  deleted: 'Highlight deleted.',
  highlightIn: 'Highlight in {color}',
  highlightNotSaved: 'The highlight was not saved: {error}',
  highlightTooLong: 'Not highlighted: the selection is longer than {max} characters. Select a shorter passage.',
  noteButton: 'Note…',
  noteInPanel: 'Write your note in the Repost Lens side panel: click the toolbar button, then “Open side panel”.',
  storageFull: 'The browser has no room left to store highlights. Free some disk space or delete old highlights.',
  undo: 'Undo',
  highlightMenu: 'Highlight',
  highlightMenuOf: 'Highlight {n} of {total}',
  previousHighlight: 'Previous',
  nextHighlight: 'Next',
  selectionToolbar: 'Highlight the selection',
  nothingToHighlight: 'Select some text first, then press the highlight shortcut again. With nothing selected it opens the highlights on this page.',
};

export type PageMessageKey = keyof typeof pageStringsEn;

export const pageStringsZh: Record<PageMessageKey, string> = {
  addNote: '添加笔记',
  copy: '复制',
  delete: '删除',
  deleted: '已删除高亮。',
  highlightIn: '用{color}高亮',
  highlightNotSaved: '高亮未保存：{error}',
  highlightTooLong: '未高亮：选中的文字超过 {max} 个字符，请选择较短的段落。',
  noteButton: '笔记…',
  noteInPanel: '请在转载透镜侧边栏中写笔记：点击工具栏按钮，然后选择“打开侧边栏”。',
  storageFull: '浏览器已没有空间保存高亮。请释放磁盘空间或删除旧的高亮。',
  undo: '撤销',
  highlightMenu: '高亮',
  highlightMenuOf: '第 {n} 条高亮，共 {total} 条',
  previousHighlight: '上一条',
  nextHighlight: '下一条',
  selectionToolbar: '高亮选中的文字',
  nothingToHighlight: '请先选中一些文字，再按一次高亮快捷键。没有选中文字时，它会打开本页的高亮。',
};
