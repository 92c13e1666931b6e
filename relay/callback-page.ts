/**
 * The page a browser lands on after signing in with a provider (system-browser flow). It hands
 * the result to the desktop app through its deep link: automatically once, and through a
 * visible "Open Enalysis" button. Every value is URL-encoded into the link and HTML-escaped
 * into the page; the only inline style and script are constants allowed by their CSP hashes.
 */
import type { CallbackOutcome } from './callback';

/** The page's whole stylesheet; its hash is in {@link callbackPageCsp}. */
export const callbackStyle = `:root{color-scheme:light dark;--bg:#f3f5f7;--card:#fff;--text:#17212b;--muted:#566473;--accent:#0f766e;--accent-text:#fff;--ring:#5eead4;--sun:#f59e0b}
@media (prefers-color-scheme:dark){:root{--bg:#0e1318;--card:#182029;--text:#e6edf3;--muted:#9aa8b6;--accent:#2dd4bf;--accent-text:#04201d;--ring:#0f766e}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:grid;place-items:center;padding:24px;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{width:100%;max-width:28rem;padding:36px 32px 24px;border-radius:16px;background:var(--card);box-shadow:0 1px 3px rgba(0,0,0,.08),0 16px 40px rgba(0,0,0,.08);text-align:center}
svg{width:52px;height:52px;color:var(--sun)}
.failed svg{color:var(--muted)}
h1{margin:12px 0 8px;font-size:1.375rem;line-height:1.3}
p{margin:0 0 16px;color:var(--muted)}
.button{display:inline-block;margin:8px 0 20px;padding:12px 28px;border-radius:10px;background:var(--accent);color:var(--accent-text);font-weight:600;text-decoration:none}
.button:hover{filter:brightness(1.08)}
.button:focus-visible{outline:3px solid var(--ring);outline-offset:3px}
code{padding:2px 6px;border-radius:6px;background:rgba(127,127,127,.16);font:.875em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;word-break:break-all}
.hint{font-size:.875rem}
footer{margin-top:8px;padding-top:16px;border-top:1px solid rgba(127,127,127,.2);font-size:.75rem;color:var(--muted)}`;

/** Opens the deep link once on load; the button stays for browsers that want a click. */
export const callbackScript = `var link=document.getElementById("open");if(link){window.location.href=link.href;}`;

/** `sha256-…` of {@link callbackStyle}; a unit test recomputes it. */
export const callbackStyleHash = 'sha256-M8eiKJgNBfAkwUQ3BqomqrSBQUQ92eFMEF+IPMjv1KY=';
/** `sha256-…` of {@link callbackScript}; a unit test recomputes it. */
export const callbackScriptHash = 'sha256-JSEiUaTImXQYO8qDDJOI2fCHkBlkWhvuIpixS1cYG9o=';

/** The callback page's CSP: nothing but its own hashed style and script. */
export function callbackPageCsp(): string {
  return [
    "default-src 'none'",
    `style-src '${callbackStyleHash}'`,
    `script-src '${callbackScriptHash}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

const sunIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/></svg>';

/** A rendered page and the status it is served with. */
export interface CallbackPage {
  status: 200 | 400;
  html: string;
}

/** Renders the page for a callback outcome; `providerName` is the display name (e.g. "Enphase"). */
export function renderCallbackPage(outcome: CallbackOutcome, providerName: string): CallbackPage {
  const provider = escapeHtml(providerName);
  if (outcome.kind === 'invalid') {
    return {
      status: 400,
      html: layout(
        `${provider} sign-in link not valid`,
        'failed',
        `<h1>This sign-in link is not valid</h1>
<p>It is incomplete or was altered (${escapeHtml(outcome.reason)}). Nothing was connected.</p>
<p class="hint">Return to Enalysis and start connecting your ${provider} account again.</p>`,
      ),
    };
  }
  const button = `<a id="open" class="button" href="${escapeHtml(outcome.deepLink)}">Open Enalysis</a>`;
  if (outcome.kind === 'code') {
    return {
      status: 200,
      html: layout(
        `${provider} sign-in finished`,
        'ok',
        `<h1>${provider} sign-in finished</h1>
<p>Enalysis will open to finish connecting your account.</p>
${button}
<p class="hint">Nothing happened? Press the button. Once Enalysis has opened, you can close this tab.</p>`,
      ),
    };
  }
  const declined = outcome.error === 'access_denied';
  const lead = declined
    ? `You did not grant access to your ${provider} data, so nothing was connected.`
    : `${provider} reported a problem: <code>${escapeHtml(outcome.error)}</code>`;
  return {
    status: 200,
    html: layout(
      `${provider} sign-in not completed`,
      'failed',
      `<h1>${declined ? 'Access not granted' : 'Sign-in did not complete'}</h1>
<p>${lead}</p>
${button}
<p class="hint">Enalysis will show what happened and let you try again. You can close this tab afterwards.</p>`,
    ),
  };
}

function layout(title: string, tone: 'ok' | 'failed', content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Enalysis</title>
<style>${callbackStyle}</style>
</head>
<body>
<main class="${tone}">
${sunIcon}
${content}
<footer>Enalysis sign-in relay. This page stores nothing.</footer>
</main>
<script>${callbackScript}</script>
</body>
</html>
`;
}
