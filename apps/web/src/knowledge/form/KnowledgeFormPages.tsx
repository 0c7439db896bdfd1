import { Button } from '@mantine/core';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CreateKnowledgeItemDocument, hasErrorCode, KnowledgeItemDocument, KnowledgeTaxonomyDocument, UpdateKnowledgeItemDocument } from '@kennislijn/web-graphql';
import { EmptyState, LoadingState } from '@kennislijn/web-ui';
import { IconBooks, IconLock, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { clearDraft } from '../../forms/useSessionDraft';
import { Page } from '../../pages/Page';
import { QueryErrorState } from '../../pages/QueryErrorState';
import { parseKnowledgeFilters, SITE_WIDE } from '../common/filters';
import { ConflictNotice, type Conflict } from './ConflictNotice';
import { KnowledgeForm } from './KnowledgeForm';
import { communityOf, emptyKnowledge, knowledgeToValues, valuesToContent } from './knowledge-form-values';
import '../knowledge.css';

const CREATE_DRAFT = 'kennislijn.draft.knowledge-create';

/** Lists, the map and reading paths count items: after a change they are read again. */
export function forgetKnowledgeLists(cache: ApolloCache) {
  for (const fieldName of ['knowledgeItems', 'learningLineMap', 'learningLineMapCsv', 'readingPath']) cache.evict({ fieldName });
  cache.gc();
}

function Pending({ title, loading, error, onRetry }: { title: string; loading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      {loading || !error ? <LoadingState label={t('knowledge.form.loading')} /> : <QueryErrorState error={error} onRetry={onRetry} retrying={loading} />}
    </Page>
  );
}

export function NewKnowledgePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const taxonomy = useQuery(KnowledgeTaxonomyDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [createItem] = useMutation(CreateKnowledgeItemDocument, { update: forgetKnowledgeLists });
  // A link may preset where it goes and its place on the line (/kennisbank/nieuw?qualification=B2&level=3).
  const preset = parseKnowledgeFilters(params);
  const data = taxonomy.data;
  const initial = useMemo(() => {
    // Only a place this person may share in.
    const allowed =
      preset.community === SITE_WIDE
        ? Boolean(data?.me.isCurator)
        : Boolean(data?.communities.edges.some((e) => e.node.id === preset.community && e.node.viewerCan.post && !e.node.archivedAt));
    return emptyKnowledge({ communityId: allowed ? preset.community : '', qualification: preset.qualification, level: preset.level });
  }, [data, preset.community, preset.qualification, preset.level]);
  const title = t('knowledge.form.newTitle');

  if (!data) {
    return <Pending title={title} loading={taxonomy.loading} error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />;
  }
  const communities = data.communities.edges.map((e) => e.node).filter((c) => c.viewerCan.post && !c.archivedAt);
  if (communities.length === 0 && !data.me.isCurator) {
    return (
      <Page title={title}>
        <EmptyState
          icon={<IconUsersGroup size={30} aria-hidden />}
          title={t('knowledge.form.noCommunityTitle')}
          description={t('knowledge.form.noCommunityText')}
          action={
            <Button component={Link} to="/gemeenschappen">
              {t('knowledge.form.noCommunityAction')}
            </Button>
          }
        />
      </Page>
    );
  }
  return (
    <Page title={title} description={t('knowledge.form.newIntro')}>
      <KnowledgeForm
        draftKey={CREATE_DRAFT}
        initial={initial}
        taxonomy={data}
        communities={communities}
        allowSiteWide={data.me.isCurator}
        editing={false}
        submitLabel={t('knowledge.form.submitNew')}
        cancelTo="/kennisbank"
        onSubmit={async (values) => {
          const { data: created } = await createItem({
            variables: { input: { ...valuesToContent(values), communityId: communityOf(values), clientId: values.clientId } },
          });
          if (created) navigate(`/kennisbank/${created.createKnowledgeItem.id}`);
        }}
      />
    </Page>
  );
}

export function EditKnowledgePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const taxonomy = useQuery(KnowledgeTaxonomyDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const item = useQuery(KnowledgeItemDocument, { variables: { id }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [updateItem] = useMutation(UpdateKnowledgeItemDocument, { update: forgetKnowledgeLists });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const current = item.data?.knowledgeItem;
  const initial = useMemo(() => (current ? knowledgeToValues(current) : null), [current]);
  const title = t('knowledge.form.editTitle');

  if (item.error && (hasErrorCode(item.error, 'NOT_FOUND') || hasErrorCode(item.error, 'BAD_USER_INPUT'))) {
    return (
      <Page title={title}>
        <EmptyState icon={<IconBooks size={30} aria-hidden />} title={t('knowledge.page.notFoundTitle')} description={t('knowledge.page.notFoundText')} />
      </Page>
    );
  }
  if (!taxonomy.data || !current || !initial) {
    return (
      <Pending
        title={title}
        loading={taxonomy.loading || item.loading}
        error={taxonomy.error ?? item.error}
        onRetry={() => {
          void taxonomy.refetch();
          void item.refetch();
        }}
      />
    );
  }
  if (!current.canEdit) {
    return (
      <Page title={title} description={current.title}>
        <EmptyState
          icon={<IconLock size={30} aria-hidden />}
          title={t('knowledge.form.cannotEditTitle')}
          description={current.communityId ? t('knowledge.form.cannotEditText') : t('knowledge.form.cannotEditSiteWide')}
          action={
            <Button component={Link} to={`/kennisbank/${current.id}`}>
              {t('knowledge.form.backToItem')}
            </Button>
          }
        />
      </Page>
    );
  }
  // A draft belongs to the revision it started from; a newer saved revision starts afresh.
  const draftKey = `kennislijn.draft.knowledge-edit.${current.id}.${current.revision}`;
  return (
    <Page title={title} description={current.title}>
      {conflict ? (
        <ConflictNotice
          conflict={conflict}
          currentRevision={current.revision}
          reloading={item.loading}
          onReload={async () => {
            clearDraft(conflict.draftKey);
            await item.refetch();
          }}
        />
      ) : null}
      <KnowledgeForm
        key={draftKey}
        draftKey={draftKey}
        initial={initial}
        taxonomy={taxonomy.data}
        editing
        submitLabel={t('knowledge.form.submitEdit')}
        cancelTo={`/kennisbank/${current.id}`}
        onConflict={(values) => setConflict({ start: initial, mine: values, revision: current.revision, draftKey })}
        onSubmit={async (values) => {
          await updateItem({ variables: { id: current.id, expectedRevision: current.revision, changeNote: values.changeNote.trim(), input: valuesToContent(values) } });
          setConflict(null);
          navigate(`/kennisbank/${current.id}`);
        }}
      />
    </Page>
  );
}
