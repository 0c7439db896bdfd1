import { Accordion, Badge, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { SessionMethodsDocument, type SessionMethodFieldsFragment } from '@kennislijn/web-graphql';
import { EmptyState } from '@kennislijn/web-ui';
import { IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { Page } from '../../pages/Page';
import { usePlanning } from '../common/usePlanning';
import { MethodSteps } from '../form/MethodPreview';
import { MethodForm } from './MethodForm';

function MethodList({ methods, label }: { methods: SessionMethodFieldsFragment[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Accordion variant="separated" multiple aria-label={label}>
      {methods.map((m) => (
        <Accordion.Item key={m.id} value={m.id}>
          <Accordion.Control>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>{m.name}</Text>
              <Badge variant="light" tt="none">
                {t('sessions.method.total', { count: m.totalMinutes })}
              </Badge>
              <Badge variant="outline" color="gray" tt="none">
                {t('sessions.methods.stepCount', { count: m.steps.length })}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {m.summary ? <Text size="sm">{m.summary}</Text> : null}
              <MethodSteps steps={m.steps} />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

// Discussion methods of a community: the ones Kennislijn ships (read only) and the community's own,
// with a form for moderators to add one.
export function MethodsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { query: planning, moderated } = usePlanning();
  const wanted = params.get('community') ?? '';
  const communityId = moderated.some((c) => c.id === wanted) ? wanted : (moderated[0]?.id ?? '');
  const methods = useQuery(SessionMethodsDocument, { variables: { communityId: communityId || null }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const all = methods.data?.sessionMethods ?? [];
  const shipped = all.filter((m) => !m.communityId);
  const own = all.filter((m) => m.communityId);

  return (
    <Page title={t('sessions.methods.title')} description={t('sessions.methods.intro')}>
      <Stack gap="xl">
        {planning.data && moderated.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('sessions.methods.readOnly')}
          </Text>
        ) : null}
        {moderated.length > 1 ? (
          <NativeSelect
            label={t('sessions.form.community')}
            maw={420}
            data={moderated.map((c) => ({ value: c.id, label: c.name }))}
            value={communityId}
            onChange={(e) => setParams({ community: e.currentTarget.value }, { replace: true })}
          />
        ) : null}
        <AsyncSection
          loading={methods.loading}
          error={methods.error}
          hasData={Boolean(methods.data)}
          isEmpty={false}
          onRetry={() => void methods.refetch()}
          loadingLabel={t('sessions.methods.loading')}
          emptyTitle=""
          emptyText=""
        >
          <Stack gap="xl">
            <section aria-labelledby="methoden-eigen">
              <Title order={2} size="h3" id="methoden-eigen" mb="sm">
                {t('sessions.methods.own')}
              </Title>
              {own.length ? (
                <MethodList methods={own} label={t('sessions.methods.own')} />
              ) : (
                <EmptyState icon={<IconListDetails size={30} aria-hidden />} title={t('sessions.methods.ownEmptyTitle')} description={t('sessions.methods.ownEmptyText')} headingOrder={3} />
              )}
            </section>
            {communityId ? <MethodForm communityId={communityId} /> : null}
            <section aria-labelledby="methoden-standaard">
              <Title order={2} size="h3" id="methoden-standaard" mb="sm">
                {t('sessions.methods.shipped')}
              </Title>
              <MethodList methods={shipped} label={t('sessions.methods.shipped')} />
            </section>
          </Stack>
        </AsyncSection>
      </Stack>
    </Page>
  );
}
