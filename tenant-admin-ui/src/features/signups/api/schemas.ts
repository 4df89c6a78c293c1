// The shapes of the sign-up API (platform-api's onboarding feature).
import { z } from 'zod';

export const signupSchema = z.object({
  id: z.string(),
  slug: z.string(),
  officeName: z.string(),
  emailDomain: z.string().nullish(),
  contactFirstName: z.string().nullish(),
  contactLastName: z.string().nullish(),
  contactEmail: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  createdAt: z.string(),
  template: z.string().nullish(),
  decidedBy: z.string().nullish(),
  decidedAt: z.string().nullish(),
  rejectionReason: z.string().nullish(),
});
export type Signup = z.infer<typeof signupSchema>;
export type SignupStatus = Signup['status'];

export const signupsKey = (status: string) => ['signups', status] as const;
export const SIGNUPS_PATH = '/api/v1/admin/signups';
