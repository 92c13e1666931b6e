/**
 * The Enlighten sign-in page of the emulator: the page E2E tests click through (stable ids
 * `#email`, `#password`, `#signin`, `#deny`, `#error`) and a person sees in `npm run preview`.
 * Every value written into it is HTML-escaped.
 */

/** The hidden fields that carry the authorize request through the form post. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string | null;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const style = `body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0}
main{max-width:360px;margin:64px auto;background:#fff;padding:32px;border-radius:8px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:20px;margin:0 0 4px}p{color:#555}
label{display:block;margin:16px 0 4px;font-size:14px}input{width:100%;box-sizing:border-box;
padding:8px;font-size:15px}.actions{display:flex;gap:8px;margin-top:24px}
button{flex:1;padding:10px;font-size:15px;cursor:pointer}#signin{background:#f37321;color:#fff;
border:0}#error{color:#b00020;margin-top:16px}`;

/** The login form, with an error line after a failed attempt ("Sign in" first: Enter signs in). */
export function loginPage(request: AuthorizeRequest, error: string | null, email = ''): string {
  const hidden = [
    ['response_type', 'code'],
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ...(request.state === null ? [] : [['state', request.state]]),
  ]
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Enlighten: Sign in (emulator)</title><style>${style}</style></head><body><main>
<h1>Sign in to Enlighten</h1><p>An application wants to read your solar systems' data.</p>
<form method="post" action="/oauth/authorize">${hidden}
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(email)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
${error ? `<div id="error" role="alert">${escapeHtml(error)}</div>` : ''}
<div class="actions"><button id="signin" name="action" value="signin" type="submit">Sign in</button>
<button id="deny" name="action" value="deny" type="submit">Deny</button></div>
</form></main></body></html>`;
}

/** The page shown when the authorize request itself is invalid (no redirect is safe). */
export function errorPage(title: string, detail: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${style}</style></head><body><main><h1 id="oauth-error">${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p></main></body></html>`;
}
