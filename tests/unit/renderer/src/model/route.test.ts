import { describe, expect, it } from 'vitest';
import {
  parseRoute,
  routeHref,
  siteHref,
  type Route,
} from '../../../../../renderer/src/model/route';

describe('parseRoute', () => {
  it.each<{ hash: string; route: Route }>([
    { hash: '', route: { page: 'portfolio' } },
    { hash: '#', route: { page: 'portfolio' } },
    { hash: '#/', route: { page: 'portfolio' } },
    { hash: '#/settings', route: { page: 'settings' } },
    { hash: '#/settings/', route: { page: 'settings' } },
    { hash: '#/connections', route: { page: 'connections' } },
    { hash: '#/alerts', route: { page: 'alerts' } },
    {
      hash: '#/site/demo-hamburg',
      route: { page: 'site', siteId: 'demo-hamburg', range: 'day', anchor: null },
    },
    {
      hash: '#/site/demo-hamburg?range=week&anchor=2025-10-14',
      route: { page: 'site', siteId: 'demo-hamburg', range: 'week', anchor: '2025-10-14' },
    },
    {
      hash: '#/site/enphase%3A123%2F4',
      route: { page: 'site', siteId: 'enphase:123/4', range: 'day', anchor: null },
    },
    // Bad parameters fall back to the defaults instead of breaking the page.
    {
      hash: '#/site/x?range=decade&anchor=2025-02-30',
      route: { page: 'site', siteId: 'x', range: 'day', anchor: null },
    },
    { hash: '#/site/%E0%A4%A', route: { page: 'not-found', hash: '#/site/%E0%A4%A' } },
    { hash: '#/nowhere', route: { page: 'not-found', hash: '#/nowhere' } },
    { hash: '#/site', route: { page: 'not-found', hash: '#/site' } },
  ])('$hash', ({ hash, route }) => {
    expect(parseRoute(hash)).toEqual(route);
  });
});

describe('routeHref', () => {
  it.each<Route>([
    { page: 'portfolio' },
    { page: 'settings' },
    { page: 'connections' },
    { page: 'alerts' },
    { page: 'site', siteId: 'demo-hamburg', range: 'day', anchor: null },
    { page: 'site', siteId: 'enphase:12/3?x', range: 'month', anchor: '2025-10-01' },
    { page: 'site', siteId: 'a', range: 'lifetime', anchor: null },
  ])('round-trips %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('leaves defaults out of a site link', () => {
    expect(siteHref('demo-hamburg')).toBe('#/site/demo-hamburg');
  });
});
