import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { LearningPathDocument, type Degree, type LearningPathQuery } from '@kennislijn/web-graphql';
import { LoadingState } from '@kennislijn/web-ui';
import { useTranslation } from 'react-i18next';
import { QueryErrorState } from './QueryErrorState';
import { Page } from './Page';

type Qualification = LearningPathQuery['qualifications'][number];
const DEGREES: readonly Degree[] = ['BACHELOR', 'MASTER'];

function QualificationTable({ degree, items }: { degree: Degree; items: Qualification[] }) {
  const { t } = useTranslation();
  const headingId = `kwalificaties-${degree.toLowerCase()}`;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4" id={headingId}>
        {t(`degrees.${degree}`)}
      </Title>
      <Table aria-labelledby={headingId} striped withTableBorder verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              {t('learningPath.code')}
            </Table.Th>
            <Table.Th scope="col">{t('learningPath.text')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((q) => (
            <Table.Tr key={q.id}>
              <Table.Th scope="row" fw={700}>
                {q.code}
              </Table.Th>
              <Table.Td>{q.text}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function LearningPathPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LearningPathDocument, {
    notifyOnNetworkStatusChange: true,
  });

  if (!data) {
    return (
      <Page title={t('learningPath.title')} description={t('learningPath.intro')}>
        {loading || !error ? (
          <LoadingState label={t('learningPath.loading')} />
        ) : (
          <QueryErrorState error={error} onRetry={() => void refetch()} retrying={loading} />
        )}
      </Page>
    );
  }

  const levels = [...data.levels].sort((a, b) => a.number - b.number);
  const byDegree = (degree: Degree) =>
    data.qualifications.filter((q) => q.degree === degree).sort((a, b) => a.number - b.number);

  return (
    <Page title={t('learningPath.title')} description={t('learningPath.intro')}>
      <Stack gap="xl">
        <section aria-labelledby="niveaus">
          <Title order={2} id="niveaus" mb="md">
            {t('learningPath.levelsTitle')}
          </Title>
          {levels.length === 0 ? (
            <Text c="gray.7">{t('learningPath.emptyLevels')}</Text>
          ) : (
            <SimpleGrid component="ol" cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {levels.map((level) => (
                <Paper component="li" key={level.id} withBorder radius="md" p="md">
                  <Badge variant="light" mb="xs">
                    {t('learningPath.levelNumber', { number: level.number })}
                  </Badge>
                  <Title order={3} size="h4" mb={4}>
                    {level.name}
                  </Title>
                  <Text size="sm" c="gray.7">
                    {level.description}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          )}
        </section>
        <section aria-labelledby="kwalificaties">
          <Title order={2} id="kwalificaties" mb="md">
            {t('learningPath.qualificationsTitle')}
          </Title>
          {data.qualifications.length === 0 ? (
            <Text c="gray.7">{t('learningPath.emptyQualifications')}</Text>
          ) : (
            <Stack gap="lg">
              {DEGREES.map((degree) => {
                const items = byDegree(degree);
                return items.length > 0 ? <QualificationTable key={degree} degree={degree} items={items} /> : null;
              })}
            </Stack>
          )}
        </section>
      </Stack>
    </Page>
  );
}
