/** English sentences main writes: budget explanations, provider intros and the sync status. */
export const budget = {
  'sync.every.minute': 'every minute',
  'sync.every.hour': 'every hour',
  'sync.every.seconds': 'every {count} s',
  'sync.every.minutes': 'every {count} min',
  'sync.every.hours': 'every {count} h',

  'budget.enphase.planShare': '{plan} ({percent} % share)',
  'budget.enphase.none': 'No Enphase sites yet on {plan}.',
  'budget.enphase.sites': '{count, plural, one {# site} other {# sites}} on {plan}',
  'budget.enphase.exhausted':
    "{sites}: this month's requests are used up; refreshing picks up on {day}.",
  'budget.enphase.refreshed': '{sites}: refreshed {every}',
  'budget.enphase.nearlySpent': "{sentence} ({percent} % of this month's requests used).",
  'budget.enphase.overCommitted':
    "{sentence}; the plan's requests cannot keep this many sites fresher.",
  'budget.allowance.amount': '{count, plural, one {# request a day} other {# requests a day}}',
  'budget.allowance.lease':
    "This computer's share of the platform's Enphase plan: {amount}, renewed {time}.",
  'budget.allowance.default':
    "This computer's share of the platform's Enphase plan could not be confirmed: {amount} until the relay answers.",

  'budget.solaredge.plan':
    '{free, select, yes {{perMonth} credits a month (the free tier)} other {{perMonth} credits a month}}',
  'budget.solaredge.exhausted':
    'SolarEdge’s credits for this month are used up: no SolarEdge call until {day}. Cached data stays on screen.',
  'budget.solaredge.none': 'No SolarEdge sites yet on {plan}.',
  'budget.solaredge.refreshed':
    '{count, plural, one {# SolarEdge site} other {# SolarEdge sites}} on {plan}: refreshed {every} in daylight, one credit per site and refresh',
  'budget.solaredge.overCommitted':
    '{sentence}; the plan’s credits cannot keep this many sites fresher.',

  'budget.tesla.plan': 'Pay per use, {limit} a month',
  'budget.tesla.sites': '{count, plural, one {# Tesla site} other {# Tesla sites}}',
  'budget.tesla.minutes': '{count} min',
  'budget.tesla.hours': '{count} h',
  'budget.tesla.refused':
    "{sites}: paused, Tesla answered that the platform's billing limit for this month is reached; the app asks again every {hours} hours",
  'budget.tesla.stopped':
    "{sites}: paused, this month's {limit} spending limit is reached ({spent} spent); refreshing resumes on {day}",
  'budget.tesla.refreshed':
    '{sites}: refreshed every {interval}, about {projected} this month of {limit}',

  'provider.demo.intro':
    'A simulated fleet that shows what Enalysis does before any account is connected.',
  'provider.demo.quota': 'The demo fleet is simulated on this computer: it spends no requests.',
  'provider.enphase.intro':
    'Sign in with your own Enphase account and choose which of its systems to follow. You sign in on Enphase’s own page: Enalysis never sees your password, and the access it receives stays encrypted on this computer.',
  'provider.enphase.quota':
    '{overridden, select, yes {Enalysis runs on Enphase’s {plan} plan ({whole} calls a month for all installations together); this installation may use {share} % of it: {mine} calls a month, {perMinute} a minute (set by an operator on this computer).} other {Enalysis runs on Enphase’s {plan} plan ({whole} calls a month for all installations together); this installation may use {share} % of it: {mine} calls a month, {perMinute} a minute.}} Enphase limits requests for the Enalysis app as a whole, not per computer: every installation of the app draws on the same monthly quota. This installation keeps to its share and spaces refreshes so the month’s calls last until the month ends.',
  'provider.solaredge.intro':
    'Homeowners: sign in on SolarEdge’s own page and grant Enalysis access to your site. Installers with a fleet account: paste its API key (Monitoring Platform → Admin → Site Access → API access) and choose its sites; the key is checked with one call and stays encrypted on this computer, and Enalysis never shows it again.',
  'provider.solaredge.quota':
    'Every SolarEdge call costs one credit of your account’s plan: {plan} and {perMinute} a minute. Enalysis spaces refreshes so the month’s credits last to its end, and stops calling SolarEdge when they run out.',
  'provider.tesla.intro':
    'Sign in with your own Tesla account and choose which of its energy sites (solar, Powerwall) to follow. You sign in on Tesla’s own page: Enalysis never sees your password, and the access it receives stays encrypted on this computer.',
  'provider.tesla.quota':
    'Tesla bills every request (about {per500} per 500) after a free {credit} a month. This installation spends at most {limit} a month (Settings), spaces refreshes so the month stays within it, makes no calls at night, and stops when the limit is reached.',
} as const;
