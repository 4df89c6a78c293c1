import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from './i18n/de';
import { en } from './i18n/en';
import { translate, type Translate } from './i18n/i18n';
import { ApiError, fieldPattern } from './problem';
import { fieldErrorOf, fieldProblemMessage, placeholders, platformDetail, problemMessage } from './problem-text';

const german: Translate = (key, vars) => translate('de', key, vars);
const english: Translate = (key, vars) => translate('en', key, vars);

/** Every problem type the platform can send: the slugs of its ProblemType enum. */
function platformProblemTypes(): string[] {
  // Tests run in tenant-admin-ui/ (npm test, and Maven's build of this module).
  const source = readFileSync(
    resolve(process.cwd(), '../platform-api/src/main/java/de/lotse/shared/web/ProblemType.java'),
    'utf8',
  );
  return [...source.matchAll(/^\s+[A-Z_]+\(\s*"([a-z-]+)",/gm)].map((m) => m[1]);
}

/** The platform's Java source of the knowledge-base problems (tests run in tenant-admin-ui/). */
function exchangeSource(file: string): string {
  return readFileSync(
    resolve(process.cwd(), '../platform-api/src/main/java/de/lotse/knowledge/exchange', file),
    'utf8',
  );
}

/** Every code of a knowledge-base field problem with its parameters ("line?" optional): ProblemCode.java. */
function platformProblemCodes(): Map<string, string[]> {
  const constants = exchangeSource('ProblemCode.java').matchAll(
    /^\s+[A-Z][A-Z0-9_]*\(\s*((?:"[^"]*"(?:,\s*)?)+)\)[,;]/gm,
  );
  return new Map(
    [...constants].map((m) => {
      const [code, ...params] = [...m[1].matchAll(/"([^"]*)"/g)].map((s) => s[1]);
      return [code, params];
    }),
  );
}

/** The kinds of JSON value a problem names as expected or found: ValueKind.java. */
function platformValueKinds(): string[] {
  return [...exchangeSource('ValueKind.java').matchAll(/^\s+[A-Z][A-Z0-9_]*\(\s*"([a-z-]+)",/gm)].map((m) => m[1]);
}

const emailTaken = new ApiError(409, {
  type: 'urn:lotse:problem:email-taken',
  detail: 'There is already an account for a@b.test. Invite another address.',
  errors: [{ field: 'email', message: 'already has an account' }],
});

describe('problem texts', () => {
  it('has a German and an English text for every problem type of the platform', () => {
    const types = platformProblemTypes();
    expect(types.length).toBeGreaterThan(25);
    for (const [name, texts] of [
      ['de', de],
      ['en', en],
    ] as const) {
      const missing = types.filter((type) => !(`problem.${type}` in texts));
      expect(missing, `problem texts missing in ${name}.ts`).toEqual([]);
    }
  });

  it('names only problem types the platform has (no texts for types that are gone)', () => {
    const types = new Set(platformProblemTypes());
    const unknown = Object.keys(de)
      .filter((key) => key.startsWith('problem.'))
      .map((key) => key.slice('problem.'.length).split('.')[0])
      .filter((type) => !types.has(type));
    expect(unknown).toEqual([]);
  });

  it('shows the text for the problem type in the reader’s language instead of the platform’s detail', () => {
    expect(problemMessage(emailTaken, german)).toEqual({
      text: 'Für diese E-Mail-Adresse gibt es schon ein Konto. Laden Sie eine andere Adresse ein oder bitten Sie den Betrieb, das Konto zu übertragen.',
    });
    expect(problemMessage(emailTaken, english).text).toMatch(/^This e-mail address has an account already\./);
    expect(platformDetail(emailTaken)).toBe('There is already an account for a@b.test. Invite another address.');
  });

  it('falls back to the platform’s own words, marked as English, for a type it does not know', () => {
    const unknown = new ApiError(418, { type: 'urn:lotse:problem:teapot', title: 'Teapot', detail: 'I am a teapot.' });
    expect(problemMessage(unknown, german)).toEqual({ text: 'I am a teapot.', lang: 'en' });
    expect(platformDetail(unknown)).toBeUndefined();
    const titleOnly = new ApiError(418, { type: 'urn:lotse:problem:teapot', title: 'Teapot' });
    expect(problemMessage(titleOnly, german)).toEqual({ text: 'Teapot', lang: 'en' });
    expect(problemMessage(new ApiError(502), german).text).toBe(
      'Etwas ist schiefgegangen (HTTP 502). Bitte versuchen Sie es erneut.',
    );
    expect(problemMessage(new ApiError(0, { type: 'network' }), german).text).toMatch(/nicht erreichbar/);
    expect(problemMessage(new Error('boom'), german).text).toMatch(/^Etwas ist schiefgegangen/);
  });

  it('chooses a field’s text by problem type and field, else shows the platform’s message', () => {
    expect(fieldErrorOf(emailTaken, 'email', german)).toEqual({ text: 'Für diese Adresse gibt es schon ein Konto.' });
    expect(fieldErrorOf(emailTaken, 'email', english)).toEqual({ text: 'This address has an account already.' });
    expect(fieldErrorOf(emailTaken, 'firstName', german)).toBeUndefined();

    // The same field with another type has another meaning: no text of email-taken's.
    expect(
      fieldProblemMessage('validation', { field: 'email', message: 'use a valid e-mail address' }, german),
    ).toEqual({
      text: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
    });
    // Messages that differ from case to case stay the platform's.
    expect(fieldProblemMessage('validation', { field: 'firstName', message: 'is required' }, german)).toEqual({
      text: 'is required',
      lang: 'en',
    });
    expect(fieldProblemMessage('validation', { field: null, message: 'something' }, german)).toEqual({
      text: 'something',
      lang: 'en',
    });
  });

  it('writes a field without its positions', () => {
    expect(fieldPattern('groups[2][10]')).toBe('groups[][]');
    expect(fieldPattern('translations.de.questions[1]')).toBe('translations.de.questions[]');
    expect(fieldPattern('email')).toBe('email');
  });
});

describe('knowledge-base problem texts by code', () => {
  const codes = platformProblemCodes();
  const texts = [
    ['de', de],
    ['en', en],
  ] as const;
  const coded = (code: string, params: Record<string, unknown> = {}, message = 'The platform’s words.') => ({
    entryKey: 'blue-card',
    field: 'entries[0].translations.de.title',
    message,
    code,
    params,
  });

  it('has a German and an English text for every code the platform sends', () => {
    expect(codes.size).toBeGreaterThan(30);
    for (const [name, messages] of texts) {
      const missing = [...codes.keys()].filter((code) => !(`kbProblem.${code}` in messages));
      expect(missing, `code texts missing in ${name}.ts`).toEqual([]);
    }
  });

  it('names only codes the platform has, and in each text only the parameters its code declares', () => {
    const optional = new Set(
      [...codes.values()]
        .flat()
        .filter((p) => p.endsWith('?'))
        .map((p) => p.slice(0, -1)),
    );
    for (const [name, messages] of texts) {
      for (const [key, text] of Object.entries(messages)) {
        if (!key.startsWith('kbProblem.') || key.startsWith('kbProblem.kind.')) continue;
        const [, first, second] = key.split('.');
        if (first === 'with') {
          // A sentence for an optional parameter: one that some code leaves out at times.
          expect(optional, `${name}.ts: ${key}`).toContain(second);
          continue;
        }
        expect(codes.has(first), `${name}.ts: ${key} names no code of the platform`).toBe(true);
        const declared = (codes.get(first) ?? []).map((p) => p.replace('?', ''));
        expect(
          placeholders(text).filter((p) => !declared.includes(p)),
          `${name}.ts: ${key}`,
        ).toEqual([]);
      }
    }
  });

  it('has a word for every kind of value a problem names as expected or found', () => {
    const kinds = platformValueKinds();
    expect(kinds).toContain('list');
    for (const [, messages] of texts) {
      const named = Object.keys(messages)
        .filter((key) => key.startsWith('kbProblem.kind.'))
        .map((key) => key.slice('kbProblem.kind.'.length));
      expect(named.sort()).toEqual([...kinds].sort());
    }
  });

  it('says the problem in the reader’s language with the platform’s values filled in', () => {
    expect(fieldProblemMessage('invalid-entry', coded('too-long', { length: 20001, max: 20000 }), german)).toEqual({
      text: 'Der Text ist 20\u202f001 Zeichen lang; erlaubt sind höchstens 20\u202f000. Bitte kürzen Sie ihn.',
    });
    expect(fieldProblemMessage('invalid-entry', coded('too-long', { length: 201, max: 200 }), english).text).toBe(
      'The text is 201 characters long; at most 200 are allowed. Please shorten it.',
    );
    expect(
      fieldProblemMessage('invalid-knowledge-base', coded('wrong-type', { expected: 'list', actual: 'text' }), german)
        .text,
    ).toBe('Falsche Art von Wert. Erwartet: eine Liste ([ … ]); gefunden: Text in Anführungszeichen.');
    expect(
      fieldProblemMessage(
        'invalid-knowledge-base',
        coded('unknown-category', { category: 'nope', known: ['residence', 'work'] }),
        german,
      ).text,
    ).toBe(
      'Die Kategorie „nope“ gibt es nicht. Wählen Sie eine vorhandene (etwa residence, work) oder legen Sie sie an.',
    );
  });

  it('adds a sentence for an optional value only when the platform sends it', () => {
    expect(
      fieldProblemMessage(
        'invalid-entry',
        coded('key-characters', { key: 'Blaue Karte', suggestion: 'blaue-karte' }),
        german,
      ).text,
    ).toBe(
      'Der Schlüssel „Blaue Karte“ darf nur Kleinbuchstaben a–z, Ziffern und „-“ enthalten. Richtig wäre: „blaue-karte“.',
    );
    expect(fieldProblemMessage('invalid-entry', coded('key-characters', { key: 'Bad Key!' }), german).text).toBe(
      'Der Schlüssel „Bad Key!“ darf nur Kleinbuchstaben a–z, Ziffern und „-“ enthalten.',
    );
    expect(
      fieldProblemMessage('invalid-knowledge-base', coded('invalid-json', { line: 4, column: 3, reason: 'x' }), english)
        .text,
    ).toMatch(/^The file is not valid JSON\. .* At line 4, column 3\.$/);
    // The position is part of this text already: no second sentence.
    expect(
      fieldProblemMessage('invalid-knowledge-base', coded('not-utf8', { line: 2, column: 15 }), german).text,
    ).not.toMatch(/Stelle:/);
  });

  it('shows the platform’s words, marked as English, for a code it has no text for or a value missing', () => {
    expect(fieldProblemMessage('invalid-entry', coded('brand-new-rule'), german)).toEqual({
      text: 'The platform’s words.',
      lang: 'en',
    });
    expect(fieldProblemMessage('invalid-entry', coded('too-long', { length: 201 }), german)).toEqual({
      text: 'The platform’s words.',
      lang: 'en',
    });
  });

  it('prefers the code’s text to a text for the problem type and field', () => {
    const repeated = { field: 'groups[1][2]', message: 'The synonym is empty.', code: 'empty-synonym' };
    expect(fieldProblemMessage('invalid-synonyms', repeated, german).text).toBe(
      'Das Synonym ist leer. Entfernen Sie es oder füllen Sie es aus.',
    );
  });
});
