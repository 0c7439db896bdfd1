import { Button } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { CaseDocument, CaseTaxonomyDocument, CreateCaseDocument, hasErrorCode, MyCommunitiesDocument, UpdateCaseDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconUsersGroup } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { caseToValues, emptyCase, valuesToContent } from './case-form-values';
import { CaseForm } from './CaseForm';

const CREATE_DRAFT = 'kennislijn.draft.case-create';

function Pending({ title, loading, error, onRetry }: { title: string; loading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      {loading || !error ? <LoadingState label={t('caseForm.loading')} /> : <QueryErrorState error={error} onRetry={onRetry} retrying={loading} />}
    </Page>
  );
}

export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const taxonomy = useQuery(CaseTaxonomyDocument, { notifyOnNetworkStatusChange: true });
  const mine = useQuery(MyCommunitiesDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [createCase] = useMutation(CreateCaseDocument, {
    // Lists must show the new case next time.
    update: (cache) => {
      cache.evict({ fieldName: 'cases' });
      cache.gc();
    },
  });
  const preset = params.get('gemeenschap') ?? '';
  const initial = useMemo(() => emptyCase(preset), [preset]);
  const title = t('caseForm.newTitle');

  if (!taxonomy.data || !mine.data) {
    const error = taxonomy.error ?? mine.error;
    return (
      <Pending
        title={title}
        loading={taxonomy.loading || mine.loading}
        error={error}
        onRetry={() => {
          void taxonomy.refetch();
          void mine.refetch();
        }}
      />
    );
  }
  const communities = mine.data.communities.edges.map((e) => e.node).filter((c) => c.viewerCan.post);
  if (communities.length === 0) {
    return (
      <Page title={title}>
        <EmptyState
          icon={<IconUsersGroup size={30} aria-hidden />}
          title={t('caseForm.noCommunityTitle')}
          description={t('caseForm.noCommunityText')}
          action={
            <Button component={Link} to="/gemeenschappen">
              {t('caseForm.noCommunityAction')}
            </Button>
          }
        />
      </Page>
    );
  }
  return (
    <Page title={title} description={t('caseForm.newIntro')}>
      <CaseForm
        draftKey={CREATE_DRAFT}
        initial={initial}
        taxonomy={taxonomy.data}
        communities={communities}
        submitLabel={t('caseForm.submitNew')}
        cancelTo="/casussen"
        onSubmit={async (values) => {
          const { data } = await createCase({
            variables: { input: { ...valuesToContent(values), communityId: values.communityId, clientId: values.clientId } },
          });
          if (data) navigate(`/casussen/${data.createCase.id}`);
        }}
      />
    </Page>
  );
}

export function EditCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const taxonomy = useQuery(CaseTaxonomyDocument, { notifyOnNetworkStatusChange: true });
  const kase = useQuery(CaseDocument, { variables: { id }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [updateCase] = useMutation(UpdateCaseDocument);
  const current = kase.data?.case;
  const initial = useMemo(() => (current ? caseToValues(current) : null), [current]);
  const title = t('caseForm.editTitle');

  if (kase.error && hasErrorCode(kase.error, 'NOT_FOUND')) {
    return (
      <Page title={title}>
        <EmptyState title={t('casePage.notFound.heading')} description={t('casePage.notFound.text')} />
      </Page>
    );
  }
  if (!taxonomy.data || !current || !initial) {
    return (
      <Pending
        title={title}
        loading={taxonomy.loading || kase.loading}
        error={taxonomy.error ?? kase.error}
        onRetry={() => {
          void taxonomy.refetch();
          void kase.refetch();
        }}
      />
    );
  }
  return (
    <Page title={title} description={current.title}>
      <CaseForm
        // A draft belongs to the version it started from; a newer saved version starts afresh.
        draftKey={`kennislijn.draft.case-edit.${current.id}.${current.updatedAt}`}
        initial={initial}
        taxonomy={taxonomy.data}
        communityName={current.community.name}
        submitLabel={t('caseForm.submitEdit')}
        cancelTo={`/casussen/${current.id}`}
        onSubmit={async (values) => {
          await updateCase({ variables: { id: current.id, input: valuesToContent(values) } });
          navigate(`/casussen/${current.id}`);
        }}
      />
    </Page>
  );
}
