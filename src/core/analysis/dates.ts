/**
 * Dates as pages write them, normalized to ISO 8601 (YYYY-MM-DD, or with the time when an ISO
 * timestamp gives one): 2019-11-20T09:02:00Z, 2019/11/20, 20.11.2019, 2019年11月20日,
 * "Nov. 20, 2019", "20 November 2019", "20. November 2019", "20 de noviembre de 2019", "20 novembre 2019".
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'stycznia', 'januari', 'января', 'leden', 'ledna'],
  ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'lutego', 'februari', 'февраля', 'únor', 'února'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marca', 'maart', 'марта', 'březen', 'března'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'апреля', 'duben', 'dubna'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'maja', 'mei', 'мая', 'květen', 'května'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'июня', 'červen', 'června'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'июля', 'červenec', 'července'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'sierpnia', 'augustus', 'августа', 'srpen', 'srpna'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'września', 'сентября', 'září'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'октября', 'říjen', 'října'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'ноября', 'listopad', 'listopadu'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'декабря', 'prosinec', 'prosince'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/;
const YMD = /(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?/;
const DMY = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/;
const MDY_NAMED = /([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/;
const DMY_NAMED = /(?<!\d)(\d{1,2})(?:er|º|°)?\.?\s+(?:de\s+)?([\p{L}]{3,12})\.?,?\s+(?:de\s+)?(\d{4})/u;

/** The first date in `text`, as ISO 8601; undefined when there is none. */
export function normalizeDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const s = text.slice(0, 300);
  let m = ISO.exec(s);
  if (m) {
    const day = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (day && m[4] && m[5]) return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : ''}`;
    if (day) return day;
  }
  m = YMD.exec(s);
  if (m) {
    const day = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (day) return day;
  }
  m = DMY.exec(s);
  if (m) {
    const day = ymd(+m[3]!, +m[2]!, +m[1]!);
    if (day) return day;
  }
  m = MDY_NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    const day = month ? ymd(+m[3]!, month, +m[2]!) : undefined;
    if (day) return day;
  }
  m = DMY_NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const day = month ? ymd(+m[3]!, month, +m[1]!) : undefined;
    if (day) return day;
  }
  return undefined;
}
