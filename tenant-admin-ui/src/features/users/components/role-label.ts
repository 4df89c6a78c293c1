import type { Translate } from '@/lib/i18n/i18n';

/** An office role in words; any other value as the platform names it. */
export function roleLabel(role: string | null | undefined, t: Translate): string {
  if (role === 'tenant-admin') return t('users.role.admin');
  if (role === 'tenant-editor') return t('users.role.editor');
  return role ?? t('users.role.none');
}
