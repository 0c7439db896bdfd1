import { Button } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { hasErrorCode, PlanSessionDocument, SessionDocument, UpdateSessionDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconLock, IconPresentation, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { forgetSessionLists } from '../common/cache';
import { usePlanning } from '../common/usePlanning';
import { emptySession, sessionToValues, valuesToInput } from './session-form-values';
import { SessionForm } from './SessionForm';

const CREATE_DRAFT = 'kennislijn.draft.session-create';

function Pending({ title, loading, error, onRetry }: { title: string; loading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      {loading || !error ? <LoadingState label={t('sessions.form.loading')} /> : <QueryErrorState error={error} onRetry={onRetry} retrying={loading} />}
    </Page>
  );
}

export function NewSessionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { query, moderated, themes } = usePlanning();
  const [plan] = useMutation(PlanSessionDocument, { update: forgetSessionLists });
  const preset = params.get('community') ?? '';
  // Read by the form once, when it mounts.
  const initial = emptySession(moderated.some((c) => c.id === preset) ? preset : moderated.length === 1 ? moderated[0].id : '');
  const title = t('sessions.form.newTitle');

  if (!query.data) return <Pending title={title} loading={query.loading} error={query.error} onRetry={() => void query.refetch()} />;
  if (moderated.length === 0) {
    return (
      <Page title={title}>
        <EmptyState
          icon={<IconUsersGroup size={30} aria-hidden />}
          title={t('sessions.form.noCommunityTitle')}
          description={t('sessions.form.noCommunityText')}
          action={
            <Button component={Link} to="/sessies">
              {t('sessions.form.backToList')}
            </Button>
          }
        />
      </Page>
    );
  }
  return (
    <Page title={title} description={t('sessions.form.newIntro')}>
      <SessionForm
        draftKey={CREATE_DRAFT}
        initial={initial}
        themes={themes}
        communities={moderated}
        submitLabel={t('sessions.form.submitNew')}
        cancelTo="/sessies"
        onSubmit={async (values) => {
          const { data } = await plan({ variables: { input: { ...valuesToInput(values), communityId: values.communityId, clientId: values.clientId } } });
          if (data) navigate(`/sessies/${data.planSession.id}`);
        }}
      />
    </Page>
  );
}

export function EditSessionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { query: planning, themes } = usePlanning();
  const session = useQuery(SessionDocument, { variables: { id }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [update] = useMutation(UpdateSessionDocument, { update: forgetSessionLists });
  const current = session.data?.session;
  const initial = current ? sessionToValues(current) : null;
  const title = t('sessions.form.editTitle');

  if (session.error && (hasErrorCode(session.error, 'NOT_FOUND') || hasErrorCode(session.error, 'BAD_USER_INPUT'))) {
    return (
      <Page title={title}>
        <EmptyState icon={<IconPresentation size={30} aria-hidden />} title={t('sessions.page.notFoundTitle')} description={t('sessions.page.notFoundText')} />
      </Page>
    );
  }
  if (!current || !initial || !planning.data) {
    return (
      <Pending
        title={title}
        loading={session.loading || planning.loading}
        error={session.error ?? planning.error}
        onRetry={() => {
          void session.refetch();
          void planning.refetch();
        }}
      />
    );
  }
  if (!current.viewerCan.moderate || current.status !== 'PLANNED') {
    return (
      <Page title={title} description={current.title}>
        <EmptyState
          icon={<IconLock size={30} aria-hidden />}
          title={t('sessions.form.cannotEditTitle')}
          description={current.viewerCan.moderate ? t('sessions.form.cannotEditStarted') : t('sessions.form.cannotEditText')}
          action={
            <Button component={Link} to={`/sessies/${current.id}`}>
              {t('sessions.form.backToSession')}
            </Button>
          }
        />
      </Page>
    );
  }
  const draftKey = `kennislijn.draft.session-edit.${current.id}`;
  return (
    <Page title={title} description={current.title}>
      <SessionForm
        draftKey={draftKey}
        initial={initial}
        themes={themes}
        submitLabel={t('sessions.form.submitEdit')}
        cancelTo={`/sessies/${current.id}`}
        onSubmit={async (values) => {
          await update({ variables: { id: current.id, input: valuesToInput(values) } });
          navigate(`/sessies/${current.id}`);
        }}
      />
    </Page>
  );
}
