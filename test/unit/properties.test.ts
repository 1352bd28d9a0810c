import { fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { classifyErrors, MAX_WAIT_SECONDS, readErrors, type FlowError } from '../../src/clerk/errors.js';
import type { SignInErrorsLike } from '../../src/clerk/types.js';
import { BACKUP_CODE_MAX_LENGTH, CODE_LENGTH, digitsOf, isBackupCodeShape, normalizeCode, NUMERIC_CODE_SHAPE } from '../../src/flow/codeRules.js';
import { EMAIL_MAX_LENGTH, emailProblem } from '../../src/flow/emailRules.js';
import { safeRedirect, type AllowedOrigin } from '../../src/flow/redirect.js';
import { CodeField } from '../../src/parts/CodeField.js';
import { defaultStrings } from '../../src/text/strings.js';
import { codeCopy, errorMessage, formErrorText, messageFor } from '../../src/text/words.js';

/** Every property runs at least this many generated cases. */
const RUNS = { numRuns: 10_000 };

/**
 * Fails with every problem found. Each property runs ten thousand times, so the checks themselves are
 * plain comparisons that name what went wrong, and an assertion runs only when one did.
 */
function expectNone(problems: readonly (string | null | false)[]) {
  const found = problems.filter(Boolean);
  if (found.length > 0) expect(found).toEqual([]);
}

/** Text drawn from a fixed set of pieces, each used any number of times. */
const joined = (piece: fc.Arbitrary<string>, maxLength: number) => fc.array(piece, { maxLength }).map((parts) => parts.join(''));

// ---------------------------------------------------------------------------------------------
// Redirect safety
// ---------------------------------------------------------------------------------------------

const PAGES = ['https://app.example.com/sign-in?redirect_url=x', 'http://localhost:5173/', 'https://shop.example.co.uk:8443/sub/path/'];

const ALLOWED_POOL: readonly AllowedOrigin[] = [
  'https://admin.example.com',
  'http://localhost:3000',
  'https://*.example.org',
  'HTTPS://*.Example.CO.UK:8443',
  /^https:\/\/(admin|billing)\.example\.net$/g,
  /^http:\/\/localhost:\d+$/,
];

/** Every byte of the text's UTF-8 as an escape, letters and dots included, as a crafted link may have it. */
function percentEncode(text: string, upper: boolean): string {
  return Array.from(new TextEncoder().encode(text), (byte) => `%${byte.toString(16).padStart(2, '0')}`)
    .join('')
    .replace(/[a-f]/g, (hex) => (upper ? hex.toUpperCase() : hex));
}

/** The text escaped `layers` times: once in full, then its percent signs again and again. */
function encodeLayers(text: string, layers: number, upper: boolean): string {
  let out = layers > 0 ? percentEncode(text, upper) : text;
  for (let layer = 1; layer < layers; layer += 1) out = out.replace(/%/g, '%25');
  return out;
}

/** A piece of a URL, usually as is, sometimes escaped up to five layers deep. */
const escaped = (piece: fc.Arbitrary<string>) =>
  fc
    .tuple(piece, fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) }), fc.boolean())
    .map(([text, layers, upper]) => encodeLayers(text, layers, upper));

/** The text in a random mix of cases, as URL schemes and hosts may be written. */
const anyCase = (piece: fc.Arbitrary<string>) =>
  fc.tuple(piece, fc.nat()).map(([text, bits]) => Array.from(text, (char, index) => ((bits >> (index % 31)) & 1 ? char.toUpperCase() : char)).join(''));

const schemePart = anyCase(
  fc.constantFrom(
    '', '', '', '', 'https://', 'http://', '//', '///', '\\\\', '/\\', '\\/', 'https:', 'http:', 'https:/', 'https:\\\\', 'javascript:', 'java\tscript:',
    'data:text/html,', 'vbscript:', 'blob:https://app.example.com/', 'ftp://', 'file:///', ' ', '\t', '\u0000', '\n//', ' //', '%2F%2F', '%5C%5C', '/%2F', '%09//',
  ),
);
const userinfoPart = fc.constantFrom('', '', '', '', 'user@', 'user:pass@', 'app.example.com@', 'admin.example.com@', ':@', '@', '%40');
const hostPart = anyCase(
  fc.constantFrom(
    'app.example.com', 'app.example.com.', 'admin.example.com', 'admin.example.com.evil.test', 'evil.example', 'a.example.org', 'example.org', 'a.b.example.org',
    'evilexample.org', 'billing.example.net', 'billing.example.net.evil.test', 'localhost', '127.0.0.1', '[::1]', 'shop.example.co.uk', 'x.example.co.uk',
    // Cyrillic a, its punycode, an escaped letter and dot, and a German umlaut: hosts that look alike or are written differently.
    '\u0430pp.example.com', 'xn--pp-6kc.example.com', 'ex%61mple.org', 'a%2Eexample.org', 'm\u00fcller.example.org', '',
  ),
);
const portPart = fc.constantFrom('', '', '', '', ':443', ':80', ':8443', ':5173', ':3000', ':0', ':65535', ':99999', ':');
const pathToken = fc.constantFrom(
  '/', '/', '/', '\\', '.', '..', '/..', '/../', 'a', 'b', 'sign-in', '%2F', '%2f', '%5C', '%2E', '%2e%2E', '%252F', '%25', '%', '%09', '\t', '\n', '\r', '%0A', '%00',
  '\u0000', ' ', '%20', '@', ':', ';', 'evil.example', 'app.example.com', '?', '#', '%3F', '%23', '\u00e9', '%C3%A9', '%E0%A4%A', '\u00a0', '\u2028', '\uFEFF', '//',
);

/** An absolute, protocol-relative or relative URL, each part possibly escaped. */
const structuredUrl = fc
  .tuple(escaped(schemePart), fc.option(fc.tuple(escaped(userinfoPart), escaped(hostPart), portPart), { nil: null }), joined(escaped(pathToken), 12))
  .map(([scheme, authority, path]) => scheme + (authority ? authority.join('') : '') + path);

/**
 * Paths of names, dot segments and empty segments joined by plain and escaped slashes and backslashes:
 * the small alphabet in which a dot segment hides, or reveals, a double slash once the path is decoded.
 */
const dotSegmentPath = fc
  .tuple(
    fc.constantFrom('', '/', '%2F', '\\'),
    fc.array(fc.tuple(fc.constantFrom('a', 'b', '..', '.', '', 'evil.example', '%2E%2E', '%2E'), fc.constantFrom('/', '/', '%2F', '%2F', '\\', '%5C', '%252F', '%09/')), { maxLength: 8 }),
    fc.constantFrom('', 'evil.example', 'x'),
  )
  .map(([lead, segments, last]) => lead + segments.map(([name, slash]) => name + slash).join('') + last);

const redirectInput = fc.oneof(
  { weight: 4, arbitrary: structuredUrl },
  { weight: 4, arbitrary: dotSegmentPath },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: joined(fc.oneof(pathToken, schemePart, hostPart), 10) },
);

/** Whether `origin` is the page's own or one of `allowed`, judged independently of the library. */
function isAllowedOrigin(origin: string, page: URL, allowed: readonly AllowedOrigin[]): boolean {
  if (origin === page.origin) return true;
  const candidate = new URL(origin);
  return allowed.some((entry) => {
    if (entry instanceof RegExp) return new RegExp(entry.source, entry.flags.replace(/[gy]/g, '')).test(origin);
    const wildcard = /^(https?:\/\/)\*\.(.+)$/i.exec(entry);
    if (!wildcard) return new URL(entry).origin === origin;
    const base = new URL(`${wildcard[1]}${wildcard[2]}`);
    return candidate.protocol === base.protocol && candidate.port === base.port && candidate.hostname.endsWith(`.${base.hostname}`);
  });
}

/**
 * Decodes every run of escapes that is valid UTF-8 and leaves the rest. Where `decodeURIComponent`
 * succeeds this is the same; where it throws, a strict server's chain ends and this one's goes on,
 * so following this one follows both.
 */
const lenientDecode = (text: string) =>
  text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });

/** Where a hostile server redirects a request for `url`: its decoded path, with a slash added, with the query, or the whole URL decoded. */
const HOSTILE_SERVERS: readonly ((url: URL) => string)[] = [
  (url) => lenientDecode(url.pathname),
  (url) => {
    const path = lenientDecode(url.pathname);
    return path.endsWith('/') ? path : `${path}/`;
  },
  (url) => lenientDecode(url.pathname + url.search),
  (url) => lenientDecode(url.href),
];
const MAX_HOPS = 12;

/**
 * Follows each hostile server's redirects from `start` until the URL stops changing, as a browser
 * would (WHATWG resolution against the current URL). Returns the first hop that leaves the page's
 * origin and the allowed ones, or leaves http(s); `null` when every chain stays.
 */
function hopThatLeaves(start: string, page: URL, allowed: readonly AllowedOrigin[]): string | null {
  for (const server of HOSTILE_SERVERS) {
    let current = new URL(start);
    for (let hop = 0; hop < MAX_HOPS; hop += 1) {
      const location = server(current);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        break;
      }
      const stays = (next.protocol === 'http:' || next.protocol === 'https:') && isAllowedOrigin(next.origin, page, allowed);
      if (!stays) return `${current.href} -> ${JSON.stringify(location)} -> ${next.href}`;
      if (next.href === current.href) break;
      current = next;
    }
  }
  return null;
}

describe('redirect safety, for generated URLs', () => {
  it('returns only http(s) URLs on an allowed origin, which no hostile server decoding and redirecting leads anywhere else', () => {
    fc.assert(
      fc.property(redirectInput, fc.constantFrom(...PAGES), fc.subarray([...ALLOWED_POOL]), (url, pageHref, allowed) => {
        const result = safeRedirect(url, pageHref, allowed);
        if (result === null) return;
        const page = new URL(pageHref);
        const followed = new URL(result);
        // What is returned is what is judged: an absolute URL, already in the form the browser follows.
        expectNone([
          followed.href !== result && `returned ${result}, which the browser reads as ${followed.href}`,
          followed.protocol !== 'http:' && followed.protocol !== 'https:' && `scheme ${followed.protocol}`,
          (followed.username || followed.password) && `credentials in ${result}`,
          !isAllowedOrigin(followed.origin, page, allowed) && `origin ${followed.origin}`,
          hopThatLeaves(result, page, allowed),
        ]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Code normalisation
// ---------------------------------------------------------------------------------------------

/** The zero of several scripts' decimal digits: ASCII, full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, mathematical bold and double-struck. */
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce, 0x1d7d8];
const DECIMAL_DIGIT = /\p{Nd}/u;

/** A digit in one of those scripts, with its ASCII value. */
const anyDigit = fc.tuple(fc.constantFrom(...DIGIT_ZEROS), fc.integer({ min: 0, max: 9 })).map(([zero, value]) => ({ text: String.fromCodePoint(zero + value), ascii: String(value) }));
/** Text with no decimal digit in it: spaces, dashes, letters, emoji, fractions and circled numbers. */
const noDigits = fc
  .oneof(
    fc.constantFrom(' ', '-', '\u00a0', '\u3000', '\u2013', 'a', 'Z', '\u00e9', '\u{1F600}', '\u200b', '\t', '\n', 'code: ', '\u00b2', '\u00bd', '\u2460', 'O', 'l', '.'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  )
  .filter((text) => !DECIMAL_DIGIT.test(text));
/** Digits mixed with digit-free text; `ascii` is the code a person reading it would type. */
const textWithDigits = fc.array(fc.oneof(anyDigit, noDigits.map((text) => ({ text, ascii: '' }))), { maxLength: 24 }).map((parts) => ({
  text: parts.map((part) => part.text).join(''),
  ascii: parts.map((part) => part.ascii).join(''),
}));
/** Six digits of one script, perhaps printed in groups ("123 456", "12-34-56"). */
const codeShapedRun = fc
  .tuple(fc.array(anyDigit, { minLength: CODE_LENGTH, maxLength: CODE_LENGTH }), fc.constantFrom('', ' ', '-', '\u00a0'), fc.integer({ min: 1, max: 5 }))
  .map(([digits, separator, at]) => digits.map((digit, index) => (index === at ? separator : '') + digit.text).join(''));
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: textWithDigits.map(({ text }) => text) },
  // Very long: a pasted document.
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 1_000 })).map(([text, times]) => text.repeat(times)) },
);

/** The code the form would send for what was typed or pasted, or `null` for none. */
function codeSentFor(text: string): string | null {
  const filled = digitsOf(text);
  if (filled.length > CODE_LENGTH) return null;
  const code = normalizeCode(filled);
  return NUMERIC_CODE_SHAPE.test(code) ? code : null;
}

describe('code normalisation, for generated text', () => {
  it('keeps every decimal digit of any string, as ASCII, and nothing else', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const digits = digitsOf(text);
        const count = text.match(/\p{Nd}/gu)?.length ?? 0;
        expectNone([!/^[0-9]*$/.test(digits) && `${JSON.stringify(digits)} is not ASCII digits`, digits.length !== count && `${digits.length} digits of ${count}`]);
      }),
      RUNS,
    );
  });

  it('reads each digit as the digit it is, in whatever script, and sends a code only of exactly six', () => {
    fc.assert(
      fc.property(textWithDigits, ({ text, ascii }) => {
        const sent = codeSentFor(text);
        expectNone([digitsOf(text) !== ascii && `digits ${digitsOf(text)}, not ${ascii}`, sent !== (ascii.length === CODE_LENGTH ? ascii : null) && `sends ${sent}`]);
      }),
      RUNS,
    );
  });

  it('sends nothing from a paste with two codes in it', () => {
    fc.assert(
      fc.property(joined(noDigits, 3), codeShapedRun, joined(noDigits, 3).filter(Boolean), codeShapedRun, joined(noDigits, 3), (before, first, between, second, after) => {
        const sent = codeSentFor(before + first + between + second + after);
        expectNone([sent !== null && `sends ${sent}`]);
      }),
      RUNS,
    );
  });

  it('fills the code field with the digits of what arrives, or with nothing when it brings more digits than a code', () => {
    const calls = { change: 0, filled: 0, overfilled: 0 };
    const kept = '12';
    const field = createElement(CodeField, {
      kind: 'totp',
      label: 'Code',
      value: kept,
      onChange: () => (calls.change += 1),
      onFilled: () => (calls.filled += 1),
      onOverfilled: () => (calls.overfilled += 1),
    });
    const { container } = render(field);
    const input = container.querySelector('input')!;
    // React reports a change only when the value differs from the one before.
    const before = '\uFFFF';
    fc.assert(
      fc.property(fc.oneof(textWithDigits, fc.tuple(codeShapedRun, joined(noDigits, 2), codeShapedRun).map((parts) => ({ text: parts.join(''), ascii: null }))), ({ text, ascii }) => {
        fc.pre(text !== before);
        Object.assign(calls, { change: 0, filled: 0, overfilled: 0 });
        input.value = before;
        fireEvent.change(input, { target: { value: text } });
        const overfilled = ascii === null || ascii.length > CODE_LENGTH;
        const expected = overfilled
          ? { value: kept, change: 0, filled: 0, overfilled: 1 }
          : { value: ascii, change: 1, filled: ascii.length === CODE_LENGTH ? 1 : 0, overfilled: 0 };
        const actual = { value: input.value, ...calls };
        expectNone([JSON.stringify(actual) !== JSON.stringify(expected) && `${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`]);
      }),
      RUNS,
    );
  });

  it('takes as a backup code only letters and digits, at most the maximum length', () => {
    const alphanumeric = fc.string({ unit: fc.constantFrom(...'abcXYZ0189'), maxLength: 2 * BACKUP_CODE_MAX_LENGTH });
    const printed = fc.array(fc.oneof(alphanumeric, fc.constantFrom(' ', '-', '\u00a0', '\u3000', '\n')), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(alphanumeric, printed, fc.string({ unit: 'binary', maxLength: 48 }), fc.string({ unit: 'grapheme', maxLength: 48 })), (text) => {
        expectNone(
          [text, normalizeCode(text)].map((candidate) => {
            const plain = /^[A-Za-z0-9]+$/.test(candidate) && candidate.length <= BACKUP_CODE_MAX_LENGTH;
            return isBackupCodeShape(candidate) !== plain && `${JSON.stringify(candidate)} judged ${!plain}`;
          }),
        );
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Email validation
// ---------------------------------------------------------------------------------------------

/** Characters a person cannot see or that reorder what they see: controls, format and bidi characters, default-ignorables, lone surrogates. */
const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
const hiddenCharacter = fc.constantFrom(
  '\u0000', '\u0009', '\u000A', '\u001F', '\u007F', '\u0085', '\u009F', '\u00AD', '\u034F', '\u061C', '\u115F', '\u180E', '\u200B', '\u200C', '\u200D', '\u200E',
  '\u200F', '\u202A', '\u202E', '\u2060', '\u2064', '\u2066', '\u2067', '\u2068', '\u2069', '\u206F', '\u3164', '\uFE0F', '\uFEFF', '\uFFA0', '\uFFF9', '\uFFFB',
  '\u{E0001}', '\u{E0041}', '\uD800', '\uDFFF',
);

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/);
const plainAddress = fc
  .tuple(fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9._%+-]{0,30}[a-zA-Z0-9])?$/), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,12}$/))
  .map(([local, labels, tld]) => `${local}@${[...labels, tld].join('.')}`);

/** Long runs of what once made a backtracking pattern slow: dots, at signs, spaces. */
const adversarialEmail = fc
  .tuple(fc.string({ maxLength: 6 }), fc.constantFrom('.', '@', ' ', 'a', 'a.', '@.', '.@', 'a@', '\u200b', '-'), fc.integer({ min: 1, max: 100_000 }), fc.string({ maxLength: 6 }))
  .map(([head, run, times, tail]) => head + run.repeat(times) + tail);

/** The one check a keystroke costs is bounded, even for a 100,000-character paste on a busy machine. */
const MAX_MS_PER_CHECK = 50;

/**
 * The time one call takes, the least of up to three tries: a slow check is slow every time, while a
 * busy machine pausing the test (another process, a garbage collection) is not.
 */
function millisecondsFor(call: () => unknown): number {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && least >= MAX_MS_PER_CHECK; attempt += 1) {
    const started = performance.now();
    call();
    least = Math.min(least, performance.now() - started);
  }
  return least;
}

describe('email validation, for generated text', () => {
  it('answers every string quickly, without throwing, and refuses what is too long or has hidden characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(adversarialEmail, fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), plainAddress),
        (value) => {
          const took = millisecondsFor(() => emailProblem(value));
          const problem = emailProblem(value);
          const expected = value.length > EMAIL_MAX_LENGTH ? 'too_long' : HIDDEN_CHARACTER.test(value) ? 'hidden_characters' : problem;
          expectNone([took >= MAX_MS_PER_CHECK && `took ${took} ms`, problem !== expected && `${problem}, not ${expected}`]);
        },
      ),
      RUNS,
    );
  });

  it('refuses a plain address with a hidden character anywhere in it', () => {
    fc.assert(
      fc.property(plainAddress, hiddenCharacter, fc.nat(), (address, hidden, at) => {
        const position = at % (address.length + 1);
        const problem = emailProblem(address.slice(0, position) + hidden + address.slice(position));
        expectNone([problem !== 'hidden_characters' && `${problem} for U+${hidden.codePointAt(0)!.toString(16)}`]);
      }),
      RUNS,
    );
  });

  it('accepts plain local@domain.tld addresses', () => {
    fc.assert(
      fc.property(plainAddress, (address) => {
        const problem = emailProblem(address);
        expectNone([problem !== null && `${problem} for ${address}`]);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Errors into words
// ---------------------------------------------------------------------------------------------

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'then', 'isPrototypeOf'];
const KNOWN_CODES = ['user_locked', 'too_many_requests', 'form_code_incorrect', 'form_password_incorrect', 'form_identifier_not_found', 'network_error', 'request_timeout', 'api_response_error'];
/** Properties the reading may look at, where a getter or trap could throw. */
const READ_KEYS = ['errors', 'code', 'message', 'longMessage', 'long_message', 'meta', 'paramName', 'retryAfter', 'fields', 'raw', 'global', 'identifier', 'password', '0', 'length'];

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1e300, -1e300, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, 5e-324, 0.5, 59.5, 60, 61, MAX_WAIT_SECONDS, MAX_WAIT_SECONDS + 1),
);
/** Values that are not what a field should hold. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, true, false, '', '   ', '\n\t'),
  anyNumber,
  fc.bigInt(),
  fc.string({ maxLength: 12 }).map((description) => Symbol(description)),
  fc.constant(() => 'a function'),
  fc.constant(Object.create(null) as object),
  fc.anything({ maxDepth: 1, maxKeys: 3, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withDate: true, withBigInt: true }),
);
const errorCode = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, ...KNOWN_CODES), fc.string({ maxLength: 20 }), oddValue);
/** Clerk's lockout sentence with any count and unit, including counts no one could wait out. */
const lockoutSentence = fc
  .tuple(
    fc.oneof(anyNumber.map(String), fc.nat().map(String), fc.constantFrom('1e300', '999999999', '0', '-5', '00', '1.5')),
    fc.constantFrom('second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'weeks'),
    fc.constantFrom('', ' and 5 minutes', '.', ' or never'),
  )
  .map(([count, unit, tail]) => `Your account is locked. You will be able to try again in ${count} ${unit}${tail}`);
const errorWords = fc.oneof(fc.string({ maxLength: 40 }), lockoutSentence, fc.constantFrom('The lock does not expire.', 'Clerk says no.'), oddValue);
const meta = fc.oneof(
  oddValue,
  fc.record(
    { paramName: fc.oneof(fc.constantFrom('identifier', 'password', 'code', 'email_address', 'new_password', 'emailAddress', ...PROTOTYPE_NAMES), fc.string({ maxLength: 12 }), oddValue) },
    { requiredKeys: [] },
  ),
);
const clerkError = fc.record(
  { code: errorCode, message: errorWords, longMessage: errorWords, long_message: errorWords, meta },
  { requiredKeys: [] },
);

type Trap = 'getter' | 'proxy' | 'revoked' | 'error' | 'frozen';
/**
 * An object to hand over as an adapter might: with a getter that throws, behind a Proxy whose every
 * trap throws, revoked, as an Error carrying the same properties, or frozen. Kept as a recipe until
 * the property runs, since the generator itself must not trip over it.
 */
class Trapped {
  constructor(
    readonly value: unknown,
    readonly trap: Trap,
    readonly key: string,
  ) {}
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The value with every recipe inside it built, innermost first. */
function built(value: unknown): unknown {
  if (value instanceof Trapped) return trapped(built(value.value), value.trap, value.key);
  if (Array.isArray(value)) return value.map(built);
  if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, built(inner)]));
  return value;
}

/** One error thrown by every getter and trap: a fresh one each time would capture a stack each time. */
const ADAPTER_FAULT = new Error('an adapter fault');
const boom = () => {
  throw ADAPTER_FAULT;
};

function trapped(value: unknown, trap: Trap, key: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  switch (trap) {
    case 'getter':
      // An array's length cannot be a getter; its first element can.
      return Array.isArray(value)
        ? Object.defineProperty([...value], '0', { get: boom, enumerable: true, configurable: true })
        : Object.defineProperty({ ...value }, key, { get: boom, enumerable: true, configurable: true });
    case 'proxy':
      return new Proxy(value, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
    case 'revoked': {
      const { proxy, revoke } = Proxy.revocable(value, {});
      revoke();
      return proxy;
    }
    case 'error':
      return Object.assign(new Error('thrown'), value);
    case 'frozen':
      return Object.freeze(Array.isArray(value) ? [...value] : { ...value });
  }
}
const withTraps = (arbitrary: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 2, arbitrary },
    { weight: 1, arbitrary: fc.tuple(arbitrary, fc.constantFrom<Trap>('getter', 'proxy', 'revoked', 'error', 'frozen'), fc.constantFrom(...READ_KEYS)).map(([value, trap, key]) => new Trapped(value, trap, key)) },
  );

const retryAfter = fc.oneof(anyNumber, fc.constantFrom('120', '1e300', 'Infinity'), oddValue);
/** Anything a call may return or throw: Clerk's errors, wrapped or nested, runtime errors, and anything else. */
const { thrown } = fc.letrec((tie) => ({
  thrown: fc.oneof(
    { depthSize: 'small' },
    oddValue,
    withTraps(clerkError),
    withTraps(
      fc.record(
        { errors: fc.oneof(fc.array(tie('thrown'), { maxLength: 2 }), oddValue), retryAfter, code: errorCode, message: errorWords },
        { requiredKeys: ['errors'] },
      ),
    ),
    withTraps(fc.array(tie('thrown'), { maxLength: 2 })),
  ),
}));
const errorList = fc.oneof(fc.constant(null), withTraps(fc.array(thrown, { maxLength: 2 })), oddValue);
const signInErrors = withTraps(
  fc.record({
    fields: fc.oneof(oddValue, withTraps(fc.record({ identifier: fc.oneof(fc.constant(null), thrown), password: fc.oneof(fc.constant(null), thrown), code: fc.oneof(fc.constant(null), thrown) }, { requiredKeys: [] }))),
    raw: errorList,
    global: errorList,
  }),
);

/** Every string reachable in `value` without running a getter or a trap: what the words may quote. */
function stringsIn(value: unknown, seen = new Set<unknown>(), found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return found;
  seen.add(value);
  // A Proxy that throws, or an Error whose lazily built stack throws on a Symbol message.
  const readable = <T>(read: () => T, fallback: T) => {
    try {
      return read();
    } catch {
      return fallback;
    }
  };
  for (const key of readable(() => Reflect.ownKeys(value), [])) {
    // The library never reads a stack, and formatting one is slow.
    if (key === 'stack') continue;
    if (typeof key === 'string') found.push(key);
    const descriptor = readable(() => Reflect.getOwnPropertyDescriptor(value, key), undefined);
    if (descriptor && 'value' in descriptor) stringsIn(descriptor.value, seen, found);
  }
  return found;
}

/** What a value stringified by mistake reads as. */
const STRINGIFIED = ['[object', 'undefined', 'null', 'NaN', 'Infinity', 'Symbol(', '=>', 'function', 'e+'];

function wordsProblem(words: unknown, quotable: readonly string[]): string | null {
  if (typeof words !== 'string' || words.trim() === '') return `no words: ${JSON.stringify(words)}`;
  const mistake = STRINGIFIED.find((text) => words.includes(text) && !quotable.some((quoted) => quoted.includes(text)));
  return mistake ? `${mistake} in ${JSON.stringify(words)}` : null;
}

const isWait = (seconds: unknown) => typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0 && seconds <= MAX_WAIT_SECONDS;

function flowErrorProblems(error: FlowError): (string | false)[] {
  const { code, clerkMessage, retryAfterSeconds, wait } = error;
  return [
    (typeof code !== 'string' || code === '') && `code ${String(code)}`,
    clerkMessage !== undefined && (typeof clerkMessage !== 'string' || clerkMessage.trim() === '') && `clerkMessage ${JSON.stringify(clerkMessage)}`,
    retryAfterSeconds !== undefined && !isWait(retryAfterSeconds) && `retryAfterSeconds ${retryAfterSeconds}`,
    wait !== undefined && wait.reason !== 'user_locked' && wait.reason !== 'too_many_requests' && `wait reason ${String(wait.reason)}`,
    wait !== undefined && wait.seconds !== null && !isWait(wait.seconds) && `wait seconds ${wait.seconds}`,
  ];
}

const totpCopy = codeCopy('totp', defaultStrings.secondFactorStep, '');

/** Every way the forms word one error: by itself, on a field, for a code, and as the form's error with and without its countdown. */
function wordingsOf(error: FlowError): string[] {
  const form = formErrorText(error, error.wait?.seconds, defaultStrings);
  const afterWait = formErrorText(error, null, defaultStrings);
  return [
    messageFor(error, defaultStrings),
    errorMessage(error, false, defaultStrings),
    errorMessage(error, true, defaultStrings),
    errorMessage(error, true, defaultStrings, totpCopy),
    form!.message,
    ...(form!.countdown === null ? [] : [form!.countdown]),
    afterWait!.message,
  ];
}

/** A countdown reads as a whole number of seconds under a minute, or of minutes up to a year. */
function countdownProblem(countdown: string | null | undefined): string | null {
  if (countdown == null) return null;
  const [, count, unit] = /^You can try again in (\d+) (second|minute)s?\.$/.exec(countdown) ?? [];
  const value = Number(count);
  return value > 0 && value <= (unit === 'second' ? 59 : MAX_WAIT_SECONDS / 60) ? null : `countdown ${JSON.stringify(countdown)}`;
}

describe('errors into words, for generated answers', () => {
  it('reads anything Clerk or an adapter returns or throws without throwing, into errors that word as sentences', () => {
    fc.assert(
      fc.property(signInErrors, thrown, (errorsRecipe, lastReturnedRecipe) => {
        const errors = built(errorsRecipe);
        const lastReturned = built(lastReturnedRecipe);
        const quotable = stringsIn([errors, lastReturned]);
        const read = readErrors(errors as SignInErrorsLike, lastReturned);
        const classified = classifyErrors([lastReturned]);
        const flowErrors = [read.formError, classified.formError, ...Object.values(read.fieldErrors), ...Object.values(classified.fieldErrors)].filter(
          (error): error is FlowError => error != null,
        );
        expectNone(
          flowErrors.flatMap((error) => [
            ...flowErrorProblems(error),
            ...wordingsOf(error).map((words) => wordsProblem(words, quotable)),
            countdownProblem(formErrorText(error, error.wait?.seconds, defaultStrings)?.countdown),
          ]),
        );
      }),
      RUNS,
    );
  });

  it('words a lockout or rate limit with any number of seconds left as a bounded, finite wait', () => {
    const wait = fc.record({
      reason: fc.constantFrom('user_locked' as const, 'too_many_requests' as const),
      seconds: fc.oneof(fc.constant(null), anyNumber),
      indefinite: fc.boolean(),
    });
    const error = fc.record({ code: fc.constantFrom('user_locked', 'too_many_requests'), wait }, { requiredKeys: ['code', 'wait'] });
    fc.assert(
      fc.property(error, fc.oneof(fc.constantFrom(null, undefined), anyNumber), (flowError, secondsLeft) => {
        const text = formErrorText(flowError, secondsLeft, defaultStrings);
        expectNone([wordsProblem(text?.message, []), countdownProblem(text?.countdown), wordsProblem(errorMessage(flowError, false, defaultStrings), [])]);
      }),
      RUNS,
    );
  });
});
