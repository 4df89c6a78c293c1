import { createBrowserRouter, type RouteObject } from 'react-router';
import { BASE_PATH } from '@/config/runtime-config';
import { Layout } from './Layout';
import { HomeRoute } from './routes/home';
import { OfficesRoute } from './routes/offices';
import { AuditRoute } from './routes/office/audit';
import { EntryEditTab, EntryHistoryTab, EntryLayout } from './routes/office/entry';
import { NewEntryRoute } from './routes/office/entry-new';
import { FeedbackRoute } from './routes/office/feedback';
import { ImportExportRoute } from './routes/office/import-export';
import { KnowledgeRoute } from './routes/office/knowledge';
import { OfficeIndex, OfficeLayout, RequireArea } from './routes/office/layout';
import { SettingsRoute } from './routes/office/settings';
import { StatisticsRoute } from './routes/office/statistics';
import { PilotStatisticsRoute } from './routes/statistics';
import { UsersRoute } from './routes/office/users';
import { SignupsRoute } from './routes/signups';
import { StructureRoute } from './routes/office/structure';
import { TryItRoute } from './routes/office/try-it';
import { NotFound } from './routes/status-pages';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'offices', element: <OfficesRoute /> },
      { path: 'signups', element: <SignupsRoute /> },
      { path: 'statistics', element: <PilotStatisticsRoute /> },
      {
        path: 'o/:slug',
        element: <OfficeLayout />,
        children: [
          { index: true, element: <OfficeIndex /> },
          {
            path: 'statistics',
            element: (
              <RequireArea area="statistics">
                <StatisticsRoute />
              </RequireArea>
            ),
          },
          {
            path: 'knowledge',
            children: [
              {
                index: true,
                element: (
                  <RequireArea area="knowledge">
                    <KnowledgeRoute />
                  </RequireArea>
                ),
              },
              {
                path: 'new',
                element: (
                  <RequireArea area="knowledge">
                    <NewEntryRoute />
                  </RequireArea>
                ),
              },
              {
                path: ':key',
                element: (
                  <RequireArea area="knowledge">
                    <EntryLayout />
                  </RequireArea>
                ),
                children: [
                  { index: true, element: <EntryEditTab /> },
                  { path: 'history', element: <EntryHistoryTab /> },
                ],
              },
            ],
          },
          {
            path: 'try',
            element: (
              <RequireArea area="knowledge">
                <TryItRoute />
              </RequireArea>
            ),
          },
          {
            path: 'feedback',
            element: (
              <RequireArea area="feedback">
                <FeedbackRoute />
              </RequireArea>
            ),
          },
          {
            path: 'import',
            element: (
              <RequireArea area="knowledge">
                <ImportExportRoute />
              </RequireArea>
            ),
          },
          {
            path: 'structure',
            element: (
              <RequireArea area="knowledge">
                <StructureRoute />
              </RequireArea>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireArea area="settings">
                <SettingsRoute />
              </RequireArea>
            ),
          },
          {
            path: 'users',
            element: (
              <RequireArea area="users">
                <UsersRoute />
              </RequireArea>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireArea area="audit">
                <AuditRoute />
              </RequireArea>
            ),
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { basename: BASE_PATH });
}
