import { Navigate, Route, Routes } from 'react-router';
import { EditCasePage, NewCasePage } from './cases/form/CaseFormPages';
import { CasesPage } from './cases/list/CasesPage';
import { CasePage } from './cases/page/CasePage';
import { CommunitiesPage } from './communities/discovery/CommunitiesPage';
import { CreateCommunityPage } from './communities/discovery/CreateCommunityPage';
import { CommunityPage } from './communities/page/CommunityPage';
import { DevMailboxPage } from './dev/DevMailboxPage';
import { InvitationPage } from './invitation/InvitationPage';
import { EditKnowledgePage, NewKnowledgePage } from './knowledge/form/KnowledgeFormPages';
import { KnowledgeBasePage } from './knowledge/list/KnowledgeBasePage';
import { SearchPage } from './search/SearchPage';
import { AttendancePage } from './sessions/attendance/AttendancePage';
import { EditSessionPage, NewSessionPage } from './sessions/form/SessionFormPages';
import { SessionsPage } from './sessions/list/SessionsPage';
import { MethodsPage } from './sessions/methods/MethodsPage';
import { SessionPage } from './sessions/page/SessionPage';
import { LearningLinePage } from './knowledge/map/LearningLinePage';
import { KnowledgeItemPage } from './knowledge/page/KnowledgeItemPage';
import { InstrumentsPage } from './instruments/library/InstrumentsPage';
import { TrackPage } from './instruments/monitoring/TrackPage';
import { InstrumentPage } from './instruments/page/InstrumentPage';
import { RespondentFormPage } from './instruments/respond/RespondentFormPage';
import { RespondentLayout } from './instruments/respond/RespondentLayout';
import { NotificationsPage } from './notifications/NotificationsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProfilePage } from './pages/ProfilePage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';
import { PublicOnly, RequireAuth } from './routes/guards';
import { AdaptiveLayout } from './shell/AdaptiveLayout';
import { AppLayout } from './shell/AppLayout';
import { PublicLayout } from './shell/PublicLayout';

export function App() {
  return (
    <Routes>
      <Route element={<PublicOnly />}>
        <Route element={<PublicLayout />}>
          <Route path="/inloggen" element={<SignInPage />} />
          <Route path="/aanmelden" element={<SignUpPage />} />
        </Route>
      </Route>
      {/* Open to everyone: an invitation link must work before signing in. */}
      <Route element={<AdaptiveLayout />}>
        <Route path="/uitnodiging/:token" element={<InvitationPage />} />
        <Route path="/dev/mailbox" element={<DevMailboxPage />} />
      </Route>
      {/* A respondent's personal link: only the form, no app navigation, signed in or not. */}
      <Route element={<RespondentLayout />}>
        <Route path="/invullen/:token" element={<RespondentFormPage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/gemeenschappen" replace />} />
          <Route path="/gemeenschappen" element={<CommunitiesPage />} />
          <Route path="/gemeenschappen/nieuw" element={<CreateCommunityPage />} />
          <Route path="/gemeenschappen/:slug/:tab?" element={<CommunityPage />} />
          <Route path="/meldingen" element={<NotificationsPage />} />
          <Route path="/casussen" element={<CasesPage />} />
          <Route path="/casussen/nieuw" element={<NewCasePage />} />
          <Route path="/casussen/:id" element={<CasePage />} />
          <Route path="/casussen/:id/bewerken" element={<EditCasePage />} />
          <Route path="/instrumenten" element={<InstrumentsPage />} />
          <Route path="/instrumenten/:id/:tab?" element={<InstrumentPage />} />
          <Route path="/trajecten/:id" element={<TrackPage />} />
          <Route path="/kennisbank" element={<KnowledgeBasePage />} />
          <Route path="/kennisbank/nieuw" element={<NewKnowledgePage />} />
          <Route path="/kennisbank/:id" element={<KnowledgeItemPage />} />
          <Route path="/kennisbank/:id/bewerken" element={<EditKnowledgePage />} />
          <Route path="/sessies" element={<SessionsPage />} />
          <Route path="/sessies/nieuw" element={<NewSessionPage />} />
          <Route path="/sessies/methoden" element={<MethodsPage />} />
          <Route path="/sessies/aanwezigheid" element={<AttendancePage />} />
          <Route path="/sessies/:id" element={<SessionPage />} />
          <Route path="/sessies/:id/bewerken" element={<EditSessionPage />} />
          <Route path="/leerlijn" element={<LearningLinePage />} />
          <Route path="/zoeken" element={<SearchPage />} />
          <Route path="/profiel" element={<ProfilePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
