// Runs before every test file. The electron module is mocked only in the platform tests that
// import tests/unit/electron/platform/electron-mock.ts; nothing else may load electron at all.
export {};
