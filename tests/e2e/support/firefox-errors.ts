/**
 * The extension's errors in Firefox, read in the parent process (chrome scope, allowed by
 * --remote-allow-system-access) from the Browser Console's stores: script errors
 * (nsIConsoleService; child processes forward theirs) and console API calls (nsIConsoleAPIStorage),
 * kept when they come from moz-extension://<uuid>/ or carry our add-on id.
 *
 * Two messages are not errors of ours and are left out, both Firefox's report that an extension
 * API call outlived the page that made it: "Promise rejected after context unloaded: Actor
 * 'Conduits' destroyed before query 'RuntimeMessage' was resolved" and, when the reply did arrive
 * but too late, "Promise resolved after context unloaded". A page (or an extension page) was
 * closed or navigated while it still waited for the background's reply; our sender catches every
 * rejection, but nothing can run in an unloaded page. Tests that navigate right after a load
 * trigger them by design; any other message still fails the test.
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
      if (/^Promise resolved after context unloaded\\s*$/.test(text)) continue;
      out.push('[' + m.category + '] ' + text + ' (' + src.replace(origin, '') + ':' + m.lineNumber + ')');
    }
    return out;
  })()`;
}
