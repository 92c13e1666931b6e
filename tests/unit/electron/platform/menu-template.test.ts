import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../../electron/platform/menu-template';

type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const build = (options: Partial<MenuOptions> = {}) =>
  menuTemplate({
    platform: 'win32',
    isPackaged: true,
    kiosk: false,
    onCopyDiagnostics: () => {},
    ...options,
  });

/** Every role and label in the menu, depth first. */
function entries(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [`role:${item.role}`] : []),
    ...(item.label ? [`label:${item.label}`] : []),
    ...entries(Array.isArray(item.submenu) ? item.submenu : []),
  ]);
}

const topLevel = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => item.label ?? item.role);

describe('menuTemplate', () => {
  it.each([
    {
      platform: 'darwin',
      top: ['Enalysis', 'File', 'Edit', 'View', 'windowMenu', 'help'],
    },
    { platform: 'win32', top: ['File', 'Edit', 'View', 'windowMenu', 'help'] },
    { platform: 'linux', top: ['File', 'Edit', 'View', 'windowMenu', 'help'] },
  ] as const)('follows $platform conventions', ({ platform, top }) => {
    expect(topLevel(build({ platform }))).toEqual(top);
  });

  it('puts About, Hide and Quit in the macOS app menu', () => {
    const [app] = build({ platform: 'darwin' });
    expect(entries([app!])).toEqual(
      expect.arrayContaining(['role:about', 'role:hide', 'role:hideOthers', 'role:quit']),
    );
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'has an Edit menu with copy and paste on %s, kiosk or not',
    (platform) => {
      for (const kiosk of [false, true]) {
        const edit = build({ platform, kiosk }).find((item) => item.label === 'Edit');
        expect(entries([edit!])).toEqual(
          expect.arrayContaining(['role:copy', 'role:paste', 'role:selectAll']),
        );
      }
    },
  );

  it.each([
    { isPackaged: true, devTools: false },
    { isPackaged: false, devTools: true },
  ])('offers DevTools only in development (packaged=$isPackaged)', ({ isPackaged, devTools }) => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const all = entries(build({ platform, isPackaged }));
      expect(all.includes('role:toggleDevTools')).toBe(devTools);
      expect(all.includes('role:reload')).toBe(devTools);
    }
  });

  it('gives kiosk mode nothing but quitting and copying', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const all = entries(build({ platform, kiosk: true, isPackaged: false }));
      expect(all).not.toContain('role:toggleDevTools');
      expect(all).not.toContain('label:Copy diagnostics');
      expect(all).not.toContain('label:View');
      expect(all).toContain('role:quit');
    }
  });

  it('copies diagnostics from Help', () => {
    const onCopyDiagnostics = vi.fn();
    const help = build({ onCopyDiagnostics }).find((item) => item.role === 'help');
    const item = (help!.submenu as MenuItemConstructorOptions[]).find(
      (entry) => entry.label === 'Copy diagnostics',
    );
    item!.click!(undefined as never, undefined, undefined as never);
    expect(onCopyDiagnostics).toHaveBeenCalledOnce();
  });

  it('offers About in Help where there is no app menu', () => {
    const help = build({ platform: 'win32' }).find((item) => item.role === 'help');
    expect(entries([help!])).toContain('role:about');
  });
});
