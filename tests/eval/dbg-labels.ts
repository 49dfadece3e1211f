import { loadLabels } from '../helpers/corpus';
import { evaluatePage, matchFigure, labelIsCorrect } from './figures-eval';
const labels = loadLabels();
const only = process.argv[2];
for (const [path, label] of Object.entries(labels)) {
  if (!path.startsWith('web/') || (only && !path.includes(only))) continue;
  if (!label.figures?.length) continue;
  const p = await evaluatePage(path, label);
  label.figures.forEach((l, i) => {
    const f = matchFigure(l, p.top, label.lang);
    const words = label.figure_labels?.[i] ?? [];
    const ok = f ? labelIsCorrect(f.label, words) : false;
    console.log(`${ok ? 'OK ' : f ? 'LBL' : 'MIS'} ${path} [${label.lang}] ${l} => ${f ? `"${f.label}" (${f.kind} ${f.unit})` : '-'} wants ${words.join('/')}`);
    if (!ok && f) console.log(`      ${f.sentence.slice(0, 260).replace(/\s+/g, ' ')}`);
  });
}
