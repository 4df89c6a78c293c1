// Start-up: read where to sign in, finish a sign-in that comes back from Keycloak, restore or
// start a session, then run the app.
import '@/lib/zod-setup';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { ConfigFailedPage, SignedOutPage, SignInFailedPage } from '@/app/StandalonePages';
import { loadRuntimeConfig } from '@/config/runtime-config';
import {
  CALLBACK_PATH,
  createUserManager,
  restoreUser,
  returnToOf,
  signIn,
  SIGNED_OUT_PATH,
} from '@/lib/auth/user-manager';
import { I18nProvider } from '@/lib/i18n/i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
const show = (page: ReactNode) => root.render(<I18nProvider>{page}</I18nProvider>);

async function start(): Promise<void> {
  let config;
  try {
    config = await loadRuntimeConfig();
  } catch {
    show(<ConfigFailedPage />);
    return;
  }
  const manager = createUserManager(config);
  const path = window.location.pathname;

  if (path.startsWith(CALLBACK_PATH)) {
    try {
      const user = await manager.signinRedirectCallback();
      window.history.replaceState(null, '', returnToOf(user));
    } catch (error) {
      show(
        <SignInFailedPage
          onSignIn={() => void signIn(manager, '/admin/')}
          reason={error instanceof Error ? error.message : undefined}
        />,
      );
      return;
    }
  } else if (path.startsWith(SIGNED_OUT_PATH)) {
    await manager.removeUser();
    show(<SignedOutPage onSignIn={() => void signIn(manager, '/admin/')} />);
    return;
  }

  const user = await restoreUser(manager);
  if (!user) {
    await signIn(manager);
    return;
  }
  root.render(
    <StrictMode>
      <App manager={manager} user={user} />
    </StrictMode>,
  );
}

void start();
