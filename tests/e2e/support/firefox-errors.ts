/**
 * The extension's errors in Firefox, read in the parent process (chrome scope, allowed by
 * --remote-allow-system-access) from the Browser Console's stores: script errors
 * (nsIConsoleService; child processes forward theirs) and console API calls (nsIConsoleAPIStorage),
 * kept when they come from moz-extension://<uuid>/ or carry our add-on id.
 *
 * One message is not an error of ours and is left out: Firefox's "Promise rejected after context
 * unloaded: Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved", reported when
 * a page is closed or navigated while its content script still waits for the background's reply
 * (our sender catches every rejection, but a catch cannot run in an unloaded page). Tests that
 * navigate right after a load trigger it by design; any other message still fails the test.
 */
export function firefoxErrorsExpression(geckoId: string, uuid: string): string {
  return `(() => {
    const origin = ${JSON.stringify(`moz-extension://${uuid}/`)};
    const addonId = ${JSON.stringify(geckoId)};
    const out = [];
    const str = (v) => { try { return typeof v === 'string' ? v : (v && v.message) ? String(v.message) : JSON.stringify(v) ?? String(v); } catch { try { return String(v); } catch { return '?'; } } };
    try {
      const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
      for (const e of storage.getEvents()) {
        if (e.level !== 'error' && e.level !== 'assert') continue;
        if (e.addonId !== addonId && !String(e.filename || '').startsWith(origin)) continue;
        out.push('console.' + e.level + ': ' + Array.from(e.arguments || [], str).join(' ') + ' (' + String(e.filename || '').replace(origin, '') + ':' + e.lineNumber + ')');
      }
    } catch (err) { out.push('harness: cannot read console API storage: ' + err); }
    for (const m of Services.console.getMessageArray()) {
      if (!(m instanceof Ci.nsIScriptError)) continue;
      if (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) continue;
      const text = String(m.errorMessage || '');
      const src = String(m.sourceName || '');
      if (!src.startsWith(origin) && !text.includes(origin)) continue;
      if (/^Promise rejected after context unloaded: Actor 'Conduits' destroyed before query '\\w+' was resolved/.test(text)) continue;
      out.push('[' + m.category + '] ' + text + ' (' + src.replace(origin, '') + ':' + m.lineNumber + ')');
    }
    return out;
  })()`;
}
