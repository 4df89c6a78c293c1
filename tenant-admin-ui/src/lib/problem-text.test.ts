import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from './i18n/de';
import { en } from './i18n/en';
import { translate, type Translate } from './i18n/i18n';
import { ApiError, fieldPattern } from './problem';
import { fieldErrorOf, fieldProblemMessage, platformDetail, problemMessage } from './problem-text';

const german: Translate = (key, vars) => translate('de', key, vars);
const english: Translate = (key, vars) => translate('en', key, vars);

/** Every problem type the platform can send: the slugs of its ProblemType enum. */
function platformProblemTypes(): string[] {
  // Tests run in tenant-admin-ui/ (npm test, and Maven's build of this module).
  const source = readFileSync(
    resolve(process.cwd(), '../platform-api/src/main/java/de/lotse/shared/web/ProblemType.java'),
    'utf8',
  );
  return [...source.matchAll(/^\s+[A-Z_]+\("([a-z-]+)",/gm)].map((m) => m[1]);
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
