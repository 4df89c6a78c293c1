// What a caller may use, mirroring the platform's OfficeAccess: tenant-admin everything of their
// own offices (users included), tenant-editor the knowledge base only, platform-admin every
// office, the ministry's analyst no office content at all.
import type { Session } from './session';

export type OfficeArea = 'statistics' | 'knowledge' | 'feedback' | 'settings' | 'audit' | 'users';

export function has(session: Session, role: Session['roles'][number]): boolean {
  return session.roles.includes(role);
}

export function mayUse(session: Session, slug: string, area: OfficeArea): boolean {
  if (has(session, 'platform-admin')) return true;
  if (!session.offices.includes(slug)) return false;
  // The inbox's actions edit the knowledge base: the same people; they also see the statistics.
  if (area === 'knowledge' || area === 'feedback' || area === 'statistics')
    return has(session, 'tenant-admin') || has(session, 'tenant-editor');
  return has(session, 'tenant-admin');
}

/** Whether the caller may open an office at all (any of its areas). */
export function mayOpenOffice(session: Session, slug: string): boolean {
  return mayUse(session, slug, 'knowledge') || mayUse(session, slug, 'settings');
}

/** The list of all offices: the platform's operators and the ministry. */
export function maySeeAllOffices(session: Session): boolean {
  return has(session, 'platform-admin') || has(session, 'ministry-analyst');
}

/** All offices' statistics side by side: the ministry and the platform's operators. */
export function maySeePilotStatistics(session: Session): boolean {
  return has(session, 'platform-admin') || has(session, 'ministry-analyst');
}

export function mayChangeOfficeStatus(session: Session): boolean {
  return has(session, 'platform-admin');
}

/** The first area of an office the caller may use, for links into it: the statistics are the start page. */
export function firstArea(session: Session, slug: string): OfficeArea | null {
  const areas: OfficeArea[] = ['statistics', 'knowledge', 'settings', 'audit', 'users'];
  return areas.find((area) => mayUse(session, slug, area)) ?? null;
}
