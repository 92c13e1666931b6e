/**
 * English sentences main writes: errors the app reports over IPC (`error.*`, shown by the
 * renderer's ErrorNotice and the status bar) and notices about damaged files and connections
 * (`notice.*`). Provider reasons (`error.provider.*`, `error.sync.*` without a full stop) are
 * written to follow a colon inside another sentence.
 */
export const errors = {
  'error.reconnect': 'This account needs to be reconnected.',
  'error.unknownChannel': 'Unknown channel "{channel}".',
  'error.kiosk': 'This is a kiosk display: connections and settings cannot be changed here.',
  'error.invalidPayload': 'Invalid request for {channel}{where}: {detail}.',
  'error.uncheckedAnswer': 'The app produced an answer it could not check; details are in the log.',
  'error.internal': 'Something went wrong; details are in the log.',
  'error.signIn.cancelled': 'Sign-in was cancelled; nothing was connected.',
  'error.signIn.superseded': 'Another sign-in was started; this one was cancelled.',
  'error.signIn.noBrowser': 'Signing in through the browser is not available here.',
  'error.signIn.denied': 'You declined access in {provider}; nothing was connected.',
  'error.signIn.timeoutMinutes':
    'The sign-in did not finish within {minutes} minutes; nothing was connected. Try again.',
  'error.signIn.timeoutSeconds':
    'The sign-in did not finish within {seconds} seconds; nothing was connected. Try again.',
  'error.signIn.stale':
    'This sign-in expired or was already used; nothing was connected. Start it again.',
  'error.signIn.providerFailed':
    '{provider} could not complete the sign-in; nothing was connected. Try again.',
  'error.signIn.unreadable':
    "{provider}'s answer to the sign-in could not be read; nothing was connected. Try again.",
  'error.signIn.pageFailed':
    "{provider}'s sign-in page could not be opened. Check the internet connection and try again.",
  'error.signIn.grantRefused':
    '{provider} no longer accepts this sign-in; nothing was connected. Start the sign-in again.',
  'error.relay.unreachable':
    'The Enalysis sign-in service could not be reached. Check the internet connection and try again.',
  'error.relay.unusableAnswer':
    'The Enalysis sign-in service returned an unusable answer for {provider}; nothing was changed. Try again later.',
  'error.relay.busy': 'The Enalysis sign-in service is busy; try again in a minute.',
  'error.relay.providerDisabled':
    'The Enalysis sign-in service does not offer {provider} at the moment.',
  'error.relay.credentialsRefused':
    "The Enalysis sign-in service's {provider} credentials were refused; this is a problem on our side, please contact support.",
  'error.relay.callbackRefused':
    "The Enalysis sign-in service refused this app version's callback address; please update the app or contact support.",
  'error.relay.providerSilent':
    '{provider} did not answer the sign-in service; try again in a few minutes.',
  'error.relay.failed': 'The Enalysis sign-in service had a problem; try again in a few minutes.',
  'error.relay.refused': 'The Enalysis sign-in service refused the request ({code}).',
  'error.provider.unreachable': '{provider} could not be reached',
  'error.provider.timeout': '{provider} did not answer in time',
  'error.provider.trouble': '{provider} is having trouble (HTTP {status})',
  'error.provider.http': '{provider} answered with HTTP {status}',
  'error.provider.unreadable': '{provider} sent an answer the app could not read',
  'error.provider.slowDown': '{provider} asked the app to slow down',
  'error.provider.siteUnknown': '{provider} does not know that site any more',
  'error.provider.refused': '{provider} refused the request',
  'error.tesla.billingLimit':
    "Tesla answered that the platform's billing limit for this month is reached, so Tesla sites pause and the app asks again in a few hours",
  'error.tesla.missingScope':
    'this Tesla sign-in does not allow reading energy data; reconnect and allow it',
  'error.tesla.wrongRegion':
    "Tesla sent the app to another region and the account's region could not be found",
  'error.tesla.spendingLimit':
    "this month's Tesla spending limit of {limit} is reached, so Tesla sites pause until {resumes} (the limit is in Settings)",
  'error.enphase.monthQuota': 'the Enphase request quota for this month is used up',
  'error.enphase.minuteQuota': 'the Enphase request limit for this minute was reached',
  'error.enphase.forbidden': 'this Enphase account may no longer read that system',
  'error.enphase.systemUnknown': 'Enphase does not know that system any more',
  'error.enphase.invalidRange':
    'Enphase refused the dates asked for: they are in the future or older than the system keeps.',
  'error.enphase.apiKey': 'Enphase refused the app’s API key; the app’s configuration needs fixing',
  'error.enphase.tooLarge': 'Enphase sent an answer larger than {megabytes} MB; it was not read',
  'error.solaredge.minuteLimit': 'the SolarEdge per-minute credit limit was reached',
  'error.solaredge.monthCredits': 'the SolarEdge credits for this month are used up',
  'error.solaredge.keyRejected': 'SolarEdge refused this API key (a V1 key does not work with V2)',
  'error.solaredge.forbidden': 'this SolarEdge access may not read that site',
  'error.solaredge.badRequest': 'SolarEdge refused the request ({detail})',
  'error.solaredge.gone':
    'SolarEdge retired the API version the app asked; the app needs an update',
  'error.tesla.siteUnknown': 'Tesla does not know that energy site any more',
  'error.cache.invalidData':
    'The data could not be stored: it breaks the rules of the local data cache.',
  'error.cache.unknownSite': 'The site "{siteId}" is not in the local cache.',
  'error.cache.corrupt':
    'The local data cache is damaged. It will be checked and, if needed, rebuilt when Enalysis restarts.',
  'error.cache.openFailed': 'The local data cache could not be opened.',
  'error.cache.closed': 'The local data cache is closed.',
  'error.cache.diskFull':
    'The disk is full, so the update could not be saved to the local data cache. Nothing from this update was kept; the data saved before is intact. Free some disk space and Enalysis will catch up.',
  'error.cache.writeFailed':
    'The update could not be saved to the local data cache. Nothing from this update was kept; the data saved before is intact.',
  'error.tags.tooLong': '“{tag}…” is too long: a tag has at most {max} characters.',
  'error.tags.tooMany': 'A site can have at most {max} tags.',
  'notice.cache.newer':
    'The local data cache was written by a newer version of Enalysis, which this version cannot read, so a fresh cache was started; the newer file was kept at {movedTo}. Data will be downloaded again.',
  'notice.cache.foreign':
    'The file where Enalysis keeps its local data cache belongs to another program, so a fresh cache was started; that file was kept at {movedTo}. Data will be downloaded again.',
  'notice.cache.damaged':
    'The local data cache could not be read and was rebuilt; the damaged file was kept at {movedTo}. Data will be downloaded again.',
  'notice.settings.unreadable':
    'Enalysis could not read its settings file and started with default settings; the damaged file was kept at {movedTo}. Connected accounts need you to sign in again; their cached data is kept.',
  'notice.asWritten': '{text}',
  'notice.connection.grantGone':
    '{provider} asked to sign in again: the access given to Enalysis was withdrawn or has lapsed. Reconnect to resume updates; cached data is kept.',
  'notice.connection.keyRefused':
    '{provider} no longer accepts the saved API key. Paste a new key to resume updates; cached data is kept.',
  'notice.connection.sessionEnded':
    'Sign in to {provider} again: this computer has no system keyring, so Enalysis keeps sign-ins only until it closes (Settings → Sign-ins). Cached data is kept.',
  'notice.connection.unreadable':
    'Sign in to {provider} again: the saved sign-in can no longer be read on this computer (the system keyring changed). Cached data is kept.',
  'notice.connection.lost':
    "The sign-in to {provider} was lost with Enalysis's damaged settings file. Reconnect to resume updates; cached data is kept.",
  'notice.connection.refused':
    '{provider} refused this account’s sign-in. Reconnect it to resume updates; cached data is kept.',
  'notice.connection.listFailed':
    'Connected, but the list of systems could not be loaded: {reason}',
  'notice.connection.testFailed': 'The last test failed: {reason}',
  'notice.connection.signInAgain': 'Sign in to {provider} again.',
  'error.connectionGone': 'That connection no longer exists.',
  'error.connectionRemoved': 'That connection is not in this app any more.',
  'error.vault.noRefresher': '{provider} tokens cannot be refreshed in this build.',
  'error.vault.refreshNotSaved':
    'The refreshed sign-in could not be saved on this computer; will retry.',
  'error.connection.otherAccount':
    'This key opens {opened}, not {label}. Paste the key of {label} to reconnect it; nothing was changed.',
  'notice.connection.works': '{provider} answered: the connection works.',
  'error.connection.systemNotVisible': 'System {externalId} is not visible to {label}.',
  'error.connection.siteOfOther': '{name} is already a site of {label}.',
  'error.connection.providerSilent': 'the provider did not answer.',
  'error.connection.wrongProvider': 'That connection is not a {name} account.',
  'error.connection.keyUnchecked': '{name} could not check this key; try again later.',
  'error.connection.badSystemId': 'A chosen system id is malformed.',
  'error.connection.unreachable': '{provider} could not be reached; try later.',
  'notice.test.energySites':
    'Connected: {count, plural, one {# energy site} other {# energy sites}} visible.',
  'notice.test.systems': 'Connected: {count, plural, one {# system} other {# systems}} visible.',
  'notice.test.sites': 'Connected: {count, plural, one {# site} other {# sites}} visible.',
  'notice.test.site': 'Connected: {name} is visible.',
  'notice.test.failed': 'the test request failed',
  'error.siteGone': 'That site is not in this app any more.',
  'error.chosenSiteGone': 'One of the chosen sites is not in this app any more.',
  'error.notADate': '{date} is not a calendar date.',
  'error.flowsBackwards': 'The flows span ends before it starts.',
  'error.settingInvalid': 'Setting "{setting}" is invalid: {detail}.',
  'error.provider.unregistered': 'Enalysis does not know a provider called “{provider}”.',
  'error.provider.notKey': '{name} is not connected with a key.',
  'error.signIn.notConfigured': '{provider} sign-in is not configured in this build.',
  'error.reports.noFolder': 'Choose a folder for the monthly reports first.',
  'error.reports.noFolderPicker': 'Choosing a folder is not available here.',
  'error.reports.periodBackwards': 'The period ends before it starts.',
  'error.reports.economicsInvalid': 'Money and CO2 setting "{setting}" is invalid: {detail}.',
  'error.reports.exportBackwards': 'The export ends before it starts.',
  'error.reports.exportTooLong': 'An export can cover at most ten years.',
  'error.reports.noSites': 'Choose at least one site to export.',
  'error.reports.noSaving': 'Saving files is not available here.',
  'error.reports.notAPeriod': '{period} is not a period.',
  'error.reports.noPrinting': 'Printing to PDF is not available here.',
  'error.demo.duplicate': 'Duplicate demo site {slug}',
  'error.demo.noSite': 'The demo fleet has no site "{site}".',
  'error.demo.since': 'since must be an instant',
  'error.demo.dailyDates': 'Daily ranges need two YYYY-MM-DD dates.',
  'error.demo.dailySpan': 'A daily range must run forwards and cover at most {days} days.',
  'error.sync.httpStatus': 'the service answered with HTTP {status}',
  'error.sync.timedOut': 'the request timed out',
  'error.sync.unreachable': 'the service could not be reached',
  'error.sync.accountLost': '{provider} account: {reason}',
  'error.sync.dayOffline':
    'You are offline: the detail of {date} loads when the connection is back.',
  'error.sync.dayFailed': 'The detail of {date} for {site} could not be loaded: {reason}.',
  'error.sync.listingFailed': 'Listing {provider} sites: {reason}.',
  'error.sync.siteFailed': '{site}: {reason}.',
  'error.sync.noSource': '{site} has no connected data source right now.',
  // What the UI calls an owner account (vault/problems.ts accountLabelOf).
  'account.owner': '{provider} owner {id}',
  'account.lost': '{provider} account (sign in again)',
} as const;
