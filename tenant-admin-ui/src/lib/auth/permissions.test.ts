import { describe, expect, it } from 'vitest';
import { session } from '@/testing/render';
import { firstArea, mayOpenOffice, maySeeAllOffices, mayUse } from './permissions';

describe('permissions (mirror of the platform OfficeAccess)', () => {
  const admin = session({ roles: ['tenant-admin'], offices: ['rosenheim'] });
  const editor = session({ roles: ['tenant-editor'], offices: ['rosenheim'] });
  const analyst = session({ roles: ['ministry-analyst'], offices: [] });
  const operator = session({ roles: ['platform-admin'], offices: [] });

  it('gives an office admin every area of their own office and nothing of another', () => {
    expect(mayUse(admin, 'rosenheim', 'knowledge')).toBe(true);
    expect(mayUse(admin, 'rosenheim', 'settings')).toBe(true);
    expect(mayUse(admin, 'rosenheim', 'audit')).toBe(true);
    expect(mayUse(admin, 'rosenheim', 'users')).toBe(true);
    expect(mayOpenOffice(admin, 'musterstadt')).toBe(false);
  });

  it('gives an editor the knowledge base only: no settings, audit log or users', () => {
    expect(mayUse(editor, 'rosenheim', 'knowledge')).toBe(true);
    expect(mayUse(editor, 'rosenheim', 'settings')).toBe(false);
    expect(mayUse(editor, 'rosenheim', 'audit')).toBe(false);
    expect(mayUse(editor, 'rosenheim', 'users')).toBe(false);
  });

  it('gives the ministry analyst the office list but no office content', () => {
    expect(maySeeAllOffices(analyst)).toBe(true);
    expect(mayOpenOffice(analyst, 'rosenheim')).toBe(false);
    expect(firstArea(analyst, 'rosenheim')).toBeNull();
  });

  it('gives the platform operator every office', () => {
    expect(mayUse(operator, 'musterstadt', 'settings')).toBe(true);
    expect(firstArea(operator, 'musterstadt')).toBe('statistics');
  });
});
