import { describe, expect, it } from 'vitest';
import {
  buildDiagnostics,
  DIAGNOSTIC_LOG_LINES,
  lastLines,
  type DiagnosticsInput,
} from '../../../../electron/diagnostics/report';

const input = (overrides: Partial<DiagnosticsInput> = {}): DiagnosticsInput => ({
  appVersion: '0.2.0',
  versions: { electron: '45.5.0', chrome: '140.0.0.0', node: '24.21.0' },
  os: { platform: 'win32', release: '10.0.26100', arch: 'x64' },
  packaged: true,
  appInfo: { mode: 'live', kiosk: false, dataDir: '/home/maria/.config/Enalysis' },
  settings: { theme: 'system', enphasePlan: 'kilowatt', apiKey: 'k-123456' },
  logText: '[info] started\n',
  homeDir: '/home/maria',
  at: '2026-12-06T10:00:00.000Z',
  ...overrides,
});

describe('lastLines', () => {
  it.each([
    { text: '', count: 3, expected: [] },
    { text: 'a\nb\n\nc\n', count: 3, expected: ['a', 'b', 'c'] },
    { text: 'a\r\nb\r\nc', count: 2, expected: ['b', 'c'] },
  ])('keeps the last $count lines of $text', ({ text, count, expected }) => {
    expect(lastLines(text, count)).toEqual(expected);
  });
});

describe('buildDiagnostics', () => {
  it('names the versions and the OS', () => {
    const report = buildDiagnostics(input());
    expect(report).toContain('App 0.2.0\n');
    expect(report).toContain('Electron 45.5.0 · Chromium 140.0.0.0 · Node 24.21.0');
    expect(report).toContain('OS win32 10.0.26100 (x64)');
  });

  it('marks a development build', () => {
    expect(buildDiagnostics(input({ packaged: false }))).toContain('App 0.2.0 (development build)');
  });

  it('carries the last 200 log lines and no more', () => {
    const log = Array.from({ length: 450 }, (_, i) => `[info] line ${i + 1}`).join('\n');
    const report = buildDiagnostics(input({ logText: log }));
    expect(report).toContain(`Last ${DIAGNOSTIC_LOG_LINES} log lines:`);
    expect(report).toContain('[info] line 251\n');
    expect(report).toContain('[info] line 450\n');
    expect(report).not.toContain('[info] line 250\n');
  });

  it('scrubs secrets from settings and log lines with the logger’s redaction', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N';
    const log = [
      `[warn] refresh failed Authorization: Bearer abc.def-ghi`,
      `[info] callback https://relay.example.com/cb?code=SECRETCODE&state=S1`,
      `[info] token ${jwt}`,
      `[info] opened /home/maria/.config/Enalysis/cache.sqlite`,
    ].join('\n');
    const report = buildDiagnostics(input({ logText: log }));
    for (const secret of ['k-123456', 'abc.def-ghi', 'SECRETCODE', jwt, 'maria']) {
      expect(report).not.toContain(secret);
    }
    expect(report).toContain('"apiKey": "[redacted]"');
    expect(report).toContain('~/.config/Enalysis/cache.sqlite');
    expect(report).toContain('"enphasePlan": "kilowatt"');
  });

  it('says so when the log could not be read', () => {
    expect(buildDiagnostics(input({ logText: null }))).toContain(
      '(the log file could not be read)',
    );
  });
});
