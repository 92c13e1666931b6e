/** English texts of the Settings page. */
export const settings = {
  'settings.title': 'Settings',
  'settings.subtitle': 'Choices apply at once; numbers are saved with Save.',
  'settings.notSaved': 'The setting was not saved',
  'settings.display': 'Display',
  'settings.theme': 'Theme',
  'settings.themeHint': 'System follows your operating system’s light or dark mode.',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.energyUnit': 'Energy unit',
  'settings.energyUnitHint': 'Automatic picks Wh, kWh or MWh by size; power follows (W, kW, MW).',
  'settings.energyUnit.auto': 'Automatic',
  'settings.language': 'Language',
  'settings.languageHint':
    'System follows your operating system’s language; numbers and dates follow its region.',
  'settings.language.system': 'System',
  'settings.data': 'Data',
  'settings.keepSignIns': 'Keep sign-ins',
  'settings.keepSignInsHint':
    'This computer has no system keyring: kept sign-ins can be read by any program running as you. Off: sign-ins stay in memory only, and you sign in again each time Enalysis starts.',
} as const;
