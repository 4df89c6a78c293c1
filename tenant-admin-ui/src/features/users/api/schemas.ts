// The shapes of the office-user API (platform-api's identity feature).
import { z } from 'zod';

export const OFFICE_ROLES = ['tenant-admin', 'tenant-editor'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

export const officeUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullish(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  /** Null when the user has neither office role. */
  role: z.string().nullish(),
  status: z.enum(['active', 'disabled']),
  emailVerified: z.boolean(),
  /** E.g. UPDATE_PASSWORD while an invitation is open. */
  pendingActions: z.array(z.string()).default([]),
  createdAt: z.string().nullish(),
});
export type OfficeUser = z.infer<typeof officeUserSchema>;

export const usersKey = (slug: string) => ['users', slug] as const;

export function usersPath(slug: string): string {
  return `/api/v1/admin/tenants/${encodeURIComponent(slug)}/users`;
}
