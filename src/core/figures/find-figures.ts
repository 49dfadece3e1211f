/**
 * String-level figure finding: every quantity in a text that is not a date, ID, model number or
 * page furniture, with its unit, kind, direction, approximation, label and sentence.
 * One left-to-right pass; each candidate costs a bounded amount of work.
 */
import { scanQuantity, type Quantity } from './scan-quantity';
import { whyNotFigure } from './not-figures';
import { APPROX_BEFORE, TOTAL_BEFORE } from './tables';
import { clauseStart, distributeLabel, hasBasis, isCjkText, readDirection, sentenceBounds, trimCjkLabel } from './context';
import { guessLanguage, readingFor, type Reading } from './language';
import { nounAfter, ofComplement, phraseBefore, shortLabel, wordsAfter } from './label-spaced';
import { cjkNounAfter, cleanCjkLabel, fitCjk } from './label-cjk';
import type { FigureKind, KeyFigure } from './types';

/**
 * A figure found in a string: the KeyFigure fields that the text alone determines, with offsets
 * into that string and what salience needs (the page location, id and salience come later).
 */
export type FoundFigure = Omit<KeyFigure, 'id' | 'salience' | 'location'> & {
  start: number;
  end: number;
  /** Unit class from the tables ('person', 'case', '') — salience uses it. */
  cls: string;
  /** Written with a magnitude (万, million). */
  hasMagnitude: boolean;
  /** A comparison basis (同比, year on year) is in the clause. */
  basis: boolean;
  /** A totalising word stands right before it (共劝阻150余次, a total of 300). */
  total?: boolean;
  /**
   * For a Chinese/Japanese figure found with `deferLabels`: what its final label is read from.
   * Word segmentation (Intl.Segmenter) costs ~0.1 ms a call, so it runs only for the figures
   * that are returned (`finishLabel`), not for every candidate of a long page.
   */
  labelWork?: CjkLabelWork;
  /** A small count of a noun outside the unit table ("These 6 celebrities"): kept only when asked (in a headline). */
  minor?: boolean;
};

/** The short windows a CJK label is read from (no reference to the page text is kept). */
export type CjkLabelWork = { pre: string; head: string; tail: string; unitSurface: string; kind: FigureKind; lang: 'zh' | 'ja' };

const START = /\d|百分之|[零〇一二两兩三四五六七八九十]|[上数几][百千万亿]/g;
const CURRENCY_BEFORE = /(?:US\$|HK\$|NT\$|A\$|C\$|S\$|\$|€|£|¥|￥|RMB|USD|CNY|EUR|GBP|JPY)\s?$/;
const CURRENCY_UNITS: Readonly<Record<string, string>> = { '$': 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', A$: 'AUD', C$: 'CAD', S$: 'SGD', '€': 'EUR', '£': 'GBP', RMB: 'CNY', USD: 'USD', CNY: 'CNY', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY' };
const ENUM_GAP = /^\s?(?:、|和|及|与|,\s?and\s|,\s?|\sand\s)\s?$/;

/**
 * Full-width digits, ％ and ．, and ・ between digits (12・5メートル) become ASCII, one character for
 * one, so offsets are unchanged.
 */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[０-９％．]/g, (c) => (c === '％' ? '%' : c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/(\d)・(?=\d)/g, '$1.');
}

/**
 * Finds the figures of a text. `lang` is the page's language (its numbers, units and labels are
 * read in it); without one, the language is guessed from the text itself.
 */
export function findFigures(text: string, lang?: string, opts: { deferLabels?: boolean; keepMinor?: boolean } = {}): FoundFigure[] {
  const s = normalizeDigits(text);
  const defer = opts.deferLabels === true;
  const r = readingFor(lang ?? guessLanguage(s));
  const out: FoundFigure[] = [];
  let groupStart = -1; // index in `out` of the first figure of the current enumeration
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(s))) {
    const q = scanQuantity(s, m.index, r);
    if (!q) continue;
    START.lastIndex = Math.max(q.end, m.index + 1);
    // Inside a word of digits/letters (the "1" of "a1b"), the scanner started too late.
    if (m.index > 0 && /[\d.]/.test(s[m.index - 1] as string) && !q.cjk) continue;
    const fig = toFigure(s, text, q, r, defer, opts.keepMinor === true);
    if (!fig) continue;
    const prev = out[out.length - 1];
    // 合约销售金额1056.2亿元，同比增长8.8%: a change without its own label measures the figure before it.
    if (!fig.label && prev && prev.sentence === fig.sentence && isCjkText(fig.sentence)) fig.label = prev.label;
    if (prev && ENUM_GAP.test(s.slice(prev.end, fig.start)) && prev.kind === fig.kind) {
      if (fig.direction === 'none') fig.direction = prev.direction;
      if (groupStart < 0) groupStart = out.length - 1;
    } else {
      labelGroup(out, groupStart);
      groupStart = -1;
    }
    out.push(fig);
  }
  labelGroup(out, groupStart);
  return out;
}

/** Shares one enumerated label among a group: 破案、抓获数同比分别上升8%、22.3%. */
function labelGroup(out: FoundFigure[], from: number): void {
  if (from < 0) return;
  const group = out.slice(from);
  const parts = distributeLabel((group[0] as FoundFigure).label, group.length);
  group.forEach((f, i) => {
    // "26 cases and 11 deaths": a figure with its own count noun keeps it.
    if (i > 0 && f.label && f.cls && !isCjkText(f.sentence)) return;
    f.label = parts ? (parts[i] as string) : (group[0] as FoundFigure).label;
    f.basis ||= (group[0] as FoundFigure).basis;
  });
}

/** An age: "54-year-old", "26-Jährige", "Mekhi Gbedey, 20,", "こうめいさん（37）", "32歳". */
function isAge(s: string, q: Quantity, r: Reading): boolean {
  if (q.pair || q.hasMagnitude || q.value < 1 || !Number.isInteger(q.value)) return false;
  // "50,000 years old" is an age too (of a tool); a bare number in brackets only up to 120.
  if (r.ageAfter && r.ageAfter.test(s.slice(q.numberEnd, q.numberEnd + 16))) return true;
  if (q.value > 120) return false;
  if (q.unit?.unit === '岁') return true;
  if (q.unit?.unit === 'year' && r.ageBefore && r.ageBefore.test(s.slice(Math.max(0, q.start - 24), q.start))) return true;
  const before = s.slice(Math.max(0, q.start - 30), q.start);
  const after = s.slice(q.numberEnd, q.numberEnd + 2);
  // A name, then the age between commas or brackets: "Mekhi Gbedey, 20," / "雅子さん（50）".
  if (!q.unit && /[A-Z][\p{Ll}.]+,\s$/u.test(before) && /^,/.test(after)) return true;
  if (!q.unit && /(?:さん|氏|君|ちゃん|容疑者|被告)[（(]$/.test(before) && /^[）)]/.test(after)) return true;
  return false;
}

/** `s` is the digit-normalised text used for matching; `raw` the original, for what is shown. */
function toFigure(s: string, raw: string, q: Quantity, r: Reading, defer = false, keepMinor = false): FoundFigure | null {
  // CJK numerals are everywhere in words (统一, 一些): kept only with a unit, and not tiny. Tested
  // first: most candidates of a Chinese page end here, before the costlier checks.
  if (q.cjk && (!q.unit || (q.value < 10 && q.unit.kind !== 'percent' && q.unit.kind !== 'ratio'))) return null;
  if (whyNotFigure(s, q, r)) return null;
  let start = q.start;
  let unit = q.unit?.unit ?? q.compound ?? '';
  let kind: FigureKind = q.unit?.kind ?? (q.compound ? 'measure' : 'count');
  const cur = CURRENCY_BEFORE.exec(s.slice(Math.max(0, start - 4), start));
  if (cur && kind !== 'percent') {
    start -= cur[0].length;
    const sym = cur[0].trim();
    unit = sym === '¥' || sym === '￥' ? (r.lang === 'ja' || /円|日本|Japan/.test(s.slice(start - 200, start + 200)) ? 'JPY' : 'CNY') : (CURRENCY_UNITS[sym] ?? 'USD');
    kind = 'money';
  }
  const age = isAge(s, q, r);
  let approx = q.approx;
  const from = Math.max(0, start - 24);
  const ap = APPROX_BEFORE.exec(s.slice(from, start)) ?? r.approxBefore?.exec(s.slice(from, start));
  if (ap) {
    approx = true;
    // The match may begin with the non-letter before the word: start at the word itself.
    start = from + ap.index + ap[0].indexOf(ap[1] as string);
  }
  const [sa, sb] = sentenceBounds(s, start, q.end);
  const cs = clauseStart(s, start, sa);
  const before = s.slice(Math.max(cs, start - 14), start);
  const after = s.slice(q.end, q.end + 10);
  const direction = readDirection(before, after);
  const cjkStyle = r.cjk || (r.lang !== 'ko' && isCjkText(s.slice(cs, Math.min(sb, q.end + 6))) && !/[\p{Script=Latin}]{3}/u.test(s.slice(Math.max(cs, start - 6), start)));
  let end = q.end;
  let label: string;
  let noun = '';
  let labelWork: CjkLabelWork | undefined;
  if (age) {
    // The person whose age it is, when named right after ("54-year-old motel maid") or before.
    const ageEnd = r.ageAfter?.exec(s.slice(q.numberEnd, q.numberEnd + 16));
    let who = cjkStyle ? '' : nounAfter(s, q.numberEnd + (ageEnd ? ageEnd[0].length : 0) + (q.unit && !ageEnd ? q.end - q.numberEnd : 0), r, 2);
    // "eines 13-Jährigen", "die 26-Jährige": the age word is itself the person.
    if (!who && ageEnd && /\p{Lu}/u.test(ageEnd[0])) who = ageEnd[0].replace(/^[-\s]+/, '');
    label = who ? `${r.age} (${who})` : r.age;
    noun = label;
    kind = 'measure';
    unit = 'age';
  } else if (cjkStyle) {
    const lang = r.lang === 'ja' ? 'ja' : 'zh';
    // In Japanese 、 is the clause comma (in Chinese it joins an enumeration: 破案、抓获数).
    const work: CjkLabelWork = {
      pre: s.slice(Math.max(0, cs - 50), cs),
      head: lang === 'ja' ? s.slice(cs, start).replace(/^.*、/, '') : s.slice(cs, start),
      tail: s.slice(q.end, Math.min(sb, q.end + 24)),
      unitSurface: q.unit?.surface ?? '',
      kind,
      lang,
    };
    label = cjkLabel(work, !defer);
    if (defer) labelWork = work;
  } else {
    label = spacedLabel(s, q, cs, start, kind, r);
    if (kind === 'count' && !q.unit?.cls) noun = nounAfter(s, q.unit?.latin ? q.numberEnd : q.end, r);
    else if (kind === 'count') noun = label;
    if (!q.unit && !q.compound && kind === 'count' && noun) label = noun;
  }
  label = cjkStyle ? (defer ? label.slice(-10) : fitCjk(label, r.lang === 'ja' ? 'ja' : 'zh')) : shortLabel(label);
  // A bare number (no unit, no noun, no change, no magnitude or thousands separator) is rarely a
  // key figure and mostly a code, a count of sections or a stray value: not reported.
  const bare = !age && !q.unit && !q.compound && kind === 'count' && !noun && direction === 'none' && !q.pair;
  // Kept: a large number (1,300; 3万) or a stated bound ("less than 100", "more than 500").
  if (bare && !q.hasMagnitude && !(q.value >= 1000 && /\d[,.'’\u00a0\u202f ]\d{3}/.test(s.slice(q.start, q.numberEnd))) && !(approx && q.value >= 100)) return null;
  // A glued letter magnitude (4K, 740M, 4790k) counts something only with money, a unit or a
  // common noun after it ("713k projects"); before a name or an acronym (4K Blu-ray, 4790k CPU)
  // it is a resolution or a model.
  if (q.letterMagnitude && kind === 'count' && !q.unit && !/^\p{Ll}/u.test(noun)) return null;
  // 4K, 8K textures: one digit and a capital K name a display resolution.
  if (q.letterMagnitude && kind === 'count' && !q.unit && /^\dK$/.test(s.slice(q.start, q.numberEnd))) return null;
  // News style spells out numbers below ten ("three boys"): a digit below ten counting a noun
  // outside the unit table is a list or teaser count ("7 outrageous credit cards") or a name.
  // In a headline such a count is the article's subject ("These 6 celebrities are refusing…"): kept when asked.
  const minor = !age && !q.unit && !q.compound && kind === 'count' && direction === 'none' && q.value < 10 && !q.pair && !q.hasMagnitude && !cjkStyle;
  if (minor && (!keepMinor || !noun)) return null;
  if (q.pair === 'score') kind = 'score';
  else if (direction !== 'none' && (kind === 'count' || kind === 'measure') && !q.unit?.cls && !age) kind = 'change';
  if (q.pair === 'score' && !q.unit) end = q.numberEnd;
  return {
    text: raw.slice(start, end),
    start,
    end,
    value: q.value,
    ...(q.valueTo !== undefined ? { valueTo: q.valueTo } : {}),
    unit,
    kind,
    direction,
    approx,
    label,
    sentence: raw.slice(sa, sb).trim(),
    cls: age ? 'age' : (q.unit?.cls ?? ''),
    hasMagnitude: q.hasMagnitude,
    basis: hasBasis(s.slice(cs, q.end)),
    ...(TOTAL_BEFORE.test(s.slice(Math.max(cs, start - 12), start)) ? { total: true } : {}),
    ...(labelWork ? { labelWork } : {}),
    ...(minor ? { minor: true } : {}),
  };
}

/** The final label of a figure found with `deferLabels` (word-segmented, at most ten characters). */
export function finishLabel(f: FoundFigure): string {
  if (!f.labelWork) return isCjkText(f.label) ? cleanCjkLabel(f.label) : f.label;
  const label = fitCjk(cjkLabel(f.labelWork, true), f.labelWork.lang);
  // An enumeration or a change shared its neighbour's label: keep that one when this has none.
  return label || cleanCjkLabel(f.label);
}

/** Measure words after a CJK number that count the noun after them (10个设区市, 40家机构, 5億人のユーザー). */
const CLASSIFIER = /^(?:个|個|家|位|名|条|條|只|隻|座|辆|台|架|项|款|所|种|種|件|张|枚|本|部|头|份|批|层|層|间|處|处|支|颗|套|户|人|社|グループ|種類)$/;

/** Verbs of reaching or setting a target: the noun after the figure names it (实现7%的增长目标). */
const REACH_VERB = /(?:实现|完成|达成|突破|创下|保持|设定|提出|确定|定下|制定|目指す|達成)$/;

/** A CJK label from its windows; `segment` allows the Intl.Segmenter rules (noun after the figure). */
function cjkLabel(w: CjkLabelWork, segment: boolean): string {
  const { head, tail, lang, kind } = w;
  const unit = w.unitSurface;
  // A price or figure in brackets names the thing before the bracket: 「Anker Nebula Capsule」（税込38,900円）.
  const around = w.pre + head;
  const open = /[（(]\s?(?:税込|税抜き?|约|約|共)?\s?$/.exec(around);
  if (open && /^\s?[）)]/.test(tail)) {
    const inner = around.slice(0, open.index);
    const q2 = /[「『“"]([^「『“"」』”"]{2,40})[」』”"]\s*$/.exec(inner);
    if (q2) return q2[1] as string;
  }
  // QLC（1セルあたり4ビット）: a clause in brackets qualifies the term right before the bracket.
  if (/[（(]$/.test(w.pre) && /^\s?[）)]/.test(tail)) {
    const term = /([A-Za-z][A-Za-z0-9.\- ]{1,30}|[\u30a0-\u30ff\u3400-\u9fff]{2,10})$/.exec(w.pre.slice(0, -1).trimEnd());
    if (term && !/^(?:税込|税抜き?|約|约|共)$/.test(term[1] as string)) return (term[1] as string).trim();
  }
  // 以20亿美元收购…: money as the means of an act; the act is the label.
  if (segment && /[以用]$/.test(head) && kind === 'money') {
    const act = cjkNounAfter(tail, lang);
    if (act) return act;
  }
  // 10000个国际顶尖品牌, 410万条联系人数据, 31人が死亡: the noun after a classifier. People
  // counters (名, 人, 位) more often follow their noun (抓获犯罪嫌疑人718名): only after a short verb.
  // In Japanese a case particle after the counter (3種類が用意された) makes what follows the predicate.
  if (segment && unit && CLASSIFIER.test(unit) && !(lang === 'ja' && /^[がはをもで]/.test(tail))) {
    const after = cjkNounAfter(tail, lang);
    if (after && (!/^(?:名|人|位)$/.test(unit) || trimCjkLabel(head).length <= 2)) return after;
  }
  // PM2.5排放比传统汽油车要低80%: the subject is what stands before 比 (not 同比/环比).
  const cmp = /^(.{2,}?)(?<![同环年月期])(?:比|较|比起|より)/.exec(head);
  let label = trimCjkLabel(cmp ? (cmp[1] as string) : head);
  // 实现7%左右的经济增长目标: after a verb of reaching, the figure qualifies the noun after 的/の.
  const of = /^\s?(?:左右|上下|以上|以下|之多|多)?(?:的|之|の)/.exec(tail);
  if (segment && of && (kind === 'percent' || kind === 'money' || kind === 'measure') && (!label || REACH_VERB.test(label))) {
    const after = cjkNounAfter(tail.slice(of[0].length - 1), lang);
    if (after && !/^(?:时|時|后|後|前|间|間)/.test(after)) return after;
  }
  // Japanese words end in kanji or katakana; a label ending in hiragana is a predicate fragment
  // (句読点も含め, 撃ち込まれ): what is counted is the counter word (3種類) or the noun after (31人死亡).
  // A clause holding an earlier figure (前年比12%増の500億円) shares that figure's label, read later.
  if (!label && !/[\d%]/.test(head)) label = trimCjkLabel(tail.slice(0, 10).split(/[，,；;。：:、]/)[0] ?? '');
  if (lang === 'ja' && /[\u3041-\u3096]$/.test(label)) {
    const counter = kind === 'count' && /^[\u3400-\u9fff\u30a0-\u30ff]+$/.test(unit) ? unit : '';
    if (counter.length >= 2) return counter;
    const after = segment ? cjkNounAfter(tail, lang) : '';
    if (after && !/[\u3041-\u3096]$/.test(after)) return after;
    return counter;
  }
  return label;
}

function spacedLabel(s: string, q: Quantity, cs: number, start: number, kind: FigureKind, r: Reading): string {
  // The clause's start may lie inside an approximation word ("More than"): read from the figure's start.
  const clauseFrom = Math.min(cs, start);
  // "college-educated (62 percent)", "“Thumper” ($20)": a figure in brackets qualifies what stands before them.
  if (s[start - 1] === '(' && s[q.end] === ')') {
    // A quoted title before the bracket ("“Rez Infinite” ($30)") is the label, quotes off.
    const quoted = /[“"«„‘']([^“”"«»„‘’']{2,50})[”"»“’']\s?\($/u.exec(s.slice(Math.max(0, start - 60), start));
    if (quoted) return quoted[1] as string;
    const b = phraseBefore(s, Math.max(0, start - 60), start - 1, r);
    if (b) return b.replace(/^[“"«„]|[”"»]$/g, '');
  }
  // "17-year Energy employee", "11-game losing streak": a hyphenated unit describes the noun after it.
  if (s[q.numberEnd] === '-' && (q.unit || q.compound)) {
    const n = nounAfter(s, q.end, r);
    if (n) return n;
  }
  if (kind === 'count' && q.unit?.latin) {
    // "718 suspects", "7.900 Mitarbeiter", "23 osób": the count word opens the noun phrase.
    const n = nounAfter(s, q.numberEnd, r);
    if (n) return n;
  }
  if (kind === 'count' && !q.unit) {
    const n = nounAfter(s, q.end, r);
    if (n) return n;
  }
  const comp = ofComplement(s, q.end, r);
  if (comp) {
    if (kind === 'measure') {
      // "tonnes de chlorothalonil", "pounds of water vapor": the unit names the measure of the thing.
      const unitText = s.slice(q.numberEnd, q.end).replace(/^[\s\u00a0]*(?:(?:de|d'|d’|of|di)\s)?/, '').trim();
      return `${unitText} ${wordsAfter(s, q.end, 1)[0]?.text ?? ''} ${comp}`.replace(/\s+/g, ' ').trim();
    }
    return comp;
  }
  // "22,5 dkg vaj", "29 GW installierter Kapazität": a measure names its thing right after the unit.
  if (kind === 'measure' && q.unit) {
    const n = nounAfter(s, q.end, r, 2);
    const unitText = s.slice(q.numberEnd, q.end).trim();
    if (n && /^[\s\u00a0]\S/.test(s.slice(q.end, q.end + 2)) && (r.lang !== 'de' || /\p{Lu}/u.test(n))) return `${unitText} ${n}`;
  }
  // "$4.2 million in damages", "88 Prozent Mütter": a noun right after money or a German percent.
  const next = wordsAfter(s, q.end, 1)[0];
  if (next && /^\s?(?:in|for)\s/i.test(s.slice(q.end, q.end + 5)) && (kind === 'money' || kind === 'measure')) {
    const n = nounAfter(s, next.end, r);
    if (n) return n;
  }
  // "a $250,000 fine", "5 to 10 percent discount": a noun right after money or a percent.
  if (next && (kind === 'money' || kind === 'percent') && /^[\s\u00a0]\S/.test(s.slice(q.end, q.end + 2)) && !r.verbs.has(next.text.toLowerCase())) {
    const n = nounAfter(s, q.end, r, 2);
    if (n && n.split(' ')[0] === next.text) return n;
  }
  if (next && r.lang === 'de' && /^\p{Lu}/u.test(next.text) && /^\s\S/.test(s.slice(q.end, q.end + 2))) {
    const n = nounAfter(s, q.end, r, 2);
    if (n) return n;
  }
  const before = phraseBefore(s, clauseFrom, start, r);
  if (before) return before;
  // "…rolled past Northern Illinois, 45-17": a figure after a comma, alone in its clause, gives the
  // value of the clause before it.
  if (s[clauseFrom - 1] === ',' && /^\s*$/.test(s.slice(clauseFrom, start))) {
    const prev = phraseBefore(s, clauseStart(s, clauseFrom - 1, Math.max(0, clauseFrom - 120)), clauseFrom - 1, r);
    if (prev) return prev;
  }
  // "… et à 1,2 % pour la zone euro", "3 % for the euro area": the beneficiary after the figure.
  const forWord = /^[\s\u00a0]+(?:pour|for|für|para|per|dla|для|voor)\s+/iu.exec(s.slice(q.end, q.end + 12));
  if (forWord) {
    const n = ofComplement(s, q.end + forWord[0].length - 1, { ...r, ofWords: new Set(['la', 'le', 'les', 'l', 'the', 'die', 'den', 'el', 'los', 'las', 'il']) }) || nounAfter(s, q.end + forWord[0].length, r, 3);
    if (n) return n;
  }
  // Nothing else: the unit word itself names the measure ("101 yards", "25 Stunden").
  if (q.unit?.latin) return s.slice(q.numberEnd, q.end).trim();
  return nounAfter(s, q.end, r);
}
