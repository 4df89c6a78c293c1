// Where to sign in comes from the platform at run time (GET /admin/config.json), not from the
// build: one build serves every deployment.
import { z } from 'zod';

export const runtimeConfigSchema = z.object({
  authority: z.url(),
  clientId: z.string().min(1),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const BASE_PATH = '/admin';

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch(`${BASE_PATH}/config.json`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return runtimeConfigSchema.parse(await response.json());
}
