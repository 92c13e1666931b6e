/**
 * SolarEdge's Site Access pages in the emulator: sign in (stable ids `#email`, `#password`,
 * `#signin`, `#deny`, `#error`), then, for an owner with several sites, choose the one to share
 * (`#site`, `#allow`). Every value written into them is HTML-escaped.
 */
import { escapeHtml } from '../enphase/login-page';

/** The authorize request carried through the forms as hidden fields. */
export interface SiteAccessRequest {
  clientId: string;
  redirectUri: string;
  state: string | null;
  scope: string;
  accessDuration: string;
}

const style = `body{font-family:system-ui,sans-serif;background:#eef2f5;margin:0}
main{max-width:380px;margin:64px auto;background:#fff;padding:32px;border-radius:8px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:20px;margin:0 0 4px}p{color:#555}
label{display:block;margin:16px 0 4px;font-size:14px}input,select{width:100%;box-sizing:border-box;
padding:8px;font-size:15px}.actions{display:flex;gap:8px;margin-top:24px}
button{flex:1;padding:10px;font-size:15px;cursor:pointer}#signin,#allow{background:#e4002b;
color:#fff;border:0}#error{color:#b00020;margin-top:16px}`;

function hiddenFields(request: SiteAccessRequest, extra: [string, string][] = []): string {
  const fields: [string, string][] = [
    ['response_type', 'code'],
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ['scope', request.scope],
    ['access_duration', request.accessDuration],
    ...(request.state === null ? [] : [['state', request.state] as [string, string]]),
    ...extra,
  ];
  return fields
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/** The sign-in form, with an error line after a failed attempt. */
export function signInPage(request: SiteAccessRequest, error: string | null, email = ''): string {
  return page(
    'SolarEdge: Site Access (emulator)',
    `<h1>Sign in to mySolarEdge</h1><p>An application asks to read your site's data
(${escapeHtml(request.scope)}).</p><form method="post" action="/authorize">${hiddenFields(request)}
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" value="${escapeHtml(email)}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
${error ? `<div id="error" role="alert">${escapeHtml(error)}</div>` : ''}
<div class="actions"><button id="signin" name="action" value="signin" type="submit">Sign in</button>
<button id="deny" name="action" value="deny" type="submit">Deny</button></div></form>`,
  );
}

/** The site choice for an owner with several sites (the password travels again, hidden). */
export function chooseSitePage(
  request: SiteAccessRequest,
  credentials: { email: string; password: string },
  sites: readonly { siteId: number; name: string }[],
): string {
  const options = sites
    .map((site) => `<option value="${site.siteId}">${escapeHtml(site.name)}</option>`)
    .join('');
  return page(
    'SolarEdge: choose a site (emulator)',
    `<h1>Share which site?</h1><p>Site Access covers one site.</p>
<form method="post" action="/authorize">${hiddenFields(request, [
      ['email', credentials.email],
      ['password', credentials.password],
    ])}
<label for="site">Site</label><select id="site" name="site_id">${options}</select>
<div class="actions"><button id="allow" name="action" value="allow" type="submit">Allow</button>
<button id="deny" name="action" value="deny" type="submit">Deny</button></div></form>`,
  );
}

/** The page shown when the authorize request itself is invalid (no redirect is safe). */
export function invalidRequestPage(title: string, detail: string): string {
  return page(title, `<h1 id="oauth-error">${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>`);
}
