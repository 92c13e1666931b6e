/**
 * A small ICU MessageFormat subset, enough for a UI catalogue and nothing more: `{name}`
 * arguments, `{n, plural, =0 {…} one {# site} other {# sites}}` with exact matches and CLDR
 * categories from Intl.PluralRules, and `{kind, select, a {…} other {…}}`. Branches nest. Pure:
 * the language and number format come in as arguments so tests can pin them.
 */

/** What a message may be given: strings go in as they are, numbers are formatted for the locale. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A catalogue text that does not parse: a bug in the catalogue, caught by its unit test. */
export class MessageSyntaxError extends Error {
  constructor(
    readonly source: string,
    detail: string,
  ) {
    super(`Message "${source}" does not parse: ${detail}.`);
    this.name = 'MessageSyntaxError';
  }
}

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; branches: Map<string, Part[]> };

interface Cursor {
  source: string;
  at: number;
}

function parseParts(c: Cursor, inPlural: boolean): Part[] {
  const parts: Part[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ kind: 'text', text });
    text = '';
  };
  while (c.at < c.source.length) {
    const ch = c.source[c.at]!;
    if (ch === '}') break;
    if (ch === '#' && inPlural) {
      flush();
      parts.push({ kind: 'pound' });
      c.at++;
    } else if (ch === '{') {
      flush();
      c.at++;
      parts.push(parseArgument(c));
    } else {
      text += ch;
      c.at++;
    }
  }
  flush();
  return parts;
}

function readWord(c: Cursor): string {
  const match = /^\s*([^\s,{}]+)\s*/.exec(c.source.slice(c.at));
  if (!match) throw new MessageSyntaxError(c.source, `a name was expected at ${c.at}`);
  c.at += match[0].length;
  return match[1]!;
}

function expect(c: Cursor, ch: string): void {
  if (c.source[c.at] !== ch) throw new MessageSyntaxError(c.source, `"${ch}" expected at ${c.at}`);
  c.at++;
}

function parseArgument(c: Cursor): Part {
  const name = readWord(c);
  if (c.source[c.at] === '}') {
    c.at++;
    return { kind: 'arg', name };
  }
  expect(c, ',');
  const type = readWord(c);
  if (type !== 'plural' && type !== 'select') {
    throw new MessageSyntaxError(c.source, `unknown argument type "${type}"`);
  }
  expect(c, ',');
  const branches = new Map<string, Part[]>();
  for (;;) {
    while (/\s/.test(c.source[c.at] ?? '')) c.at++;
    if (c.source[c.at] === '}') break;
    const key = readWord(c);
    expect(c, '{');
    branches.set(key, parseParts(c, type === 'plural'));
    expect(c, '}');
  }
  expect(c, '}');
  if (!branches.has('other'))
    throw new MessageSyntaxError(c.source, `"${name}" has no other branch`);
  return { kind: type, name, branches };
}

const parsed = new Map<string, Part[]>();

/** Parses once per distinct text; throws MessageSyntaxError on a malformed one. */
export function parseMessage(source: string): Part[] {
  let parts = parsed.get(source);
  if (!parts) {
    const c = { source, at: 0 };
    parts = parseParts(c, false);
    if (c.at !== source.length) throw new MessageSyntaxError(source, `unmatched "}" at ${c.at}`);
    parsed.set(source, parts);
  }
  return parts;
}

/** The argument names a message uses (tests compare them between languages). */
export function argumentsOf(source: string): Set<string> {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (part.kind === 'arg') names.add(part.name);
      if (part.kind === 'plural' || part.kind === 'select') {
        names.add(part.name);
        for (const branch of part.branches.values()) walk(branch);
      }
    }
  };
  walk(parseMessage(source));
  return names;
}

/** How a message is turned into text: the language's plural rules and number format. */
export interface MessageLocale {
  plurals: Intl.PluralRules;
  numbers: Intl.NumberFormat;
}

function render(parts: Part[], params: MessageParams, locale: MessageLocale, pound: number | null) {
  let out = '';
  for (const part of parts) {
    switch (part.kind) {
      case 'text':
        out += part.text;
        break;
      case 'pound':
        out += pound === null ? '#' : locale.numbers.format(pound);
        break;
      case 'arg': {
        const value = params[part.name];
        out +=
          typeof value === 'number' ? locale.numbers.format(value) : (value ?? `{${part.name}}`);
        break;
      }
      case 'plural': {
        const n = Number(params[part.name] ?? 0);
        const branch =
          part.branches.get(`=${n}`) ??
          part.branches.get(locale.plurals.select(n)) ??
          part.branches.get('other')!;
        out += render(branch, params, locale, n);
        break;
      }
      case 'select': {
        const key = String(params[part.name] ?? 'other');
        out += render(part.branches.get(key) ?? part.branches.get('other')!, params, locale, pound);
        break;
      }
    }
  }
  return out;
}

/** Formats a catalogue text with its arguments. A missing argument shows as `{name}`. */
export function formatMessage(
  source: string,
  params: MessageParams,
  locale: MessageLocale,
): string {
  return render(parseMessage(source), params, locale, null);
}
