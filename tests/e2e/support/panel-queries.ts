/**
 * What the tests read from the side panel, as expressions for `PanelHandle.evaluate/waitFor`
 * (they use only `document`, so they run in the Chrome panel and through the Firefox bridge alike).
 */

/** The URL the panel shows a report for, or null ("nothing for this tab" / loading). */
export const PANEL_TAB_URL = `document.querySelector('[data-testid=tab-state]')?.dataset.url ?? null`;

/** The panel's status line when it has no report ('none' | 'loading' | 'error' text), or null. */
export const PANEL_STATUS = `document.querySelector('[data-testid=status]')?.textContent ?? null`;

export const PANEL_VERDICT = `document.querySelector('[data-testid=verdict]')?.dataset.verdict ?? null`;

/** The chain, from the original to this page: [{ role, text }]. */
export const PANEL_CHAIN = `[...document.querySelectorAll('[data-testid=chain] li[data-role]')].map((li) => ({ role: li.dataset.role, text: li.innerText.replace(/\\s+/g, ' ').trim() }))`;

/** The figure values listed (what is shown: top N, or all after "show all"). */
export const PANEL_FIGURES = `[...document.querySelectorAll('[data-testid=figures] .figure-value')].map((el) => el.textContent.trim())`;

/** Evidence items: [{ signal, text, disabled, title (plain words), where, strength (a word) }]. Head items are aria-disabled (still focusable). */
export const PANEL_EVIDENCE = `[...document.querySelectorAll('[data-testid=evidence] button.evidence-item')].map((b) => ({ signal: b.dataset.signal, text: b.querySelector('.evidence-text')?.textContent ?? '', disabled: b.disabled || b.getAttribute('aria-disabled') === 'true', title: b.querySelector('.evidence-title')?.textContent ?? '', where: b.querySelector('.evidence-where')?.textContent ?? '', strength: b.querySelector('.strength')?.textContent ?? '' }))`;

/** The verdict's one plain sentence of why. */
export const PANEL_WHY = `document.querySelector('[data-testid=verdict-why]')?.textContent ?? null`;

/** Which state the panel shows for a tab without a report: 'cannot-read' | 'disabled' | 'not-article' | 'loading' | … (data-state), or null. */
export const PANEL_STATE = `document.querySelector('[data-testid=panel]')?.dataset.state ?? null`;

/** The panel's language (the lang attribute of its root). */
export const PANEL_LANG = `document.querySelector('[data-testid=panel]')?.getAttribute('lang') ?? null`;

/** Waits until the panel shows `url` and returns its verdict. */
export function panelShows(url: string): string {
  return `(document.querySelector('[data-testid=tab-state]')?.dataset.url === ${JSON.stringify(url)}) && (document.querySelector('[data-testid=verdict]')?.dataset.verdict ?? 'no-verdict')`;
}

/** True when the panel shows no report (the "nothing for this tab" status), i.e. it dropped the old page. */
export const PANEL_SHOWS_NOTHING = `!document.querySelector('[data-testid=tab-state]') && !!document.querySelector('[data-testid=status]')`;
