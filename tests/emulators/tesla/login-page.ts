/**
 * Tesla's sign-in page in the emulator (stable ids `#email`, `#password`, `#signin`, `#deny`,
 * `#error`, like the other emulators' pages), carrying the authorize request as hidden fields.
 * Every value written into it is HTML-escaped.
 */
import { escapeHtml } from '../enphase/login-page';

/** The authorize request carried through the form. */
export interface TeslaAuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string | null;
  scope: string;
}

const style = `body{font-family:system-ui,sans-serif;background:#f4f4f4;margin:0}
main{max-width:360px;margin:64px auto;background:#fff;padding:32px;border-radius:8px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:20px;margin:0 0 4px}p{color:#555}
label{display:block;margin:16px 0 4px;font-size:14px}input{width:100%;box-sizing:border-box;
padding:8px;font-size:15px}.actions{display:flex;gap:8px;margin-top:24px}
button{flex:1;padding:10px;font-size:15px;cursor:pointer}#signin{background:#3e6ae1;color:#fff;
border:0}#error{color:#b00020;margin-top:16px}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/** The sign-in and consent form, with an error line after a failed attempt. */
export function teslaSignInPage(
  request: TeslaAuthorizeRequest,
  error: string | null,
  email = '',
): string {
  const hidden = [
    ['response_type', 'code'],
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ['scope', request.scope],
    ...(request.state === null ? [] : [['state', request.state]]),
  ]
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`)
    .join('');
  return page(
    'Tesla: Sign in (emulator)',
    `<h1>Sign in to Tesla</h1><p>An application asks to read your energy products
(${escapeHtml(request.scope)}).</p><form method="post" action="/oauth2/v3/authorize">${hidden}
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(email)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
${error ? `<div id="error" role="alert">${escapeHtml(error)}</div>` : ''}
<div class="actions"><button id="signin" name="action" value="signin" type="submit">Sign in</button>
<button id="deny" name="action" value="deny" type="submit">Deny</button></div></form>`,
  );
}

/** The page shown when the authorize request itself is invalid (no redirect is safe). */
export function teslaErrorPage(title: string, detail: string): string {
  return page(title, `<h1 id="oauth-error">${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>`);
}
