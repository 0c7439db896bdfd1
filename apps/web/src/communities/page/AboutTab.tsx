import { Paper, Stack, Text, Title } from '@mantine/core';
import type { CommunityDetailFieldsFragment } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';
import { TagList } from '../common/labels';
import { useFormat } from '../common/useFormat';

// Description and guidelines come as HTML rendered from Markdown and sanitised by the server.
export function AboutTab({ community }: { community: CommunityDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Stack gap="lg" maw={760}>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="over-omschrijving">
        <Title order={2} size="h3" id="over-omschrijving" mb="sm">
          {t('about.description')}
        </Title>
        {community.descriptionHtml ? (
          <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: community.descriptionHtml }} />
        ) : (
          <Text c="gray.7">{t('about.noDescription')}</Text>
        )}
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="over-richtlijnen">
        <Title order={2} size="h3" id="over-richtlijnen" mb="sm">
          {t('about.guidelines')}
        </Title>
        {community.guidelinesHtml ? (
          <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: community.guidelinesHtml }} />
        ) : (
          <Text c="gray.7">{t('about.noGuidelines')}</Text>
        )}
      </Paper>
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="over-gegevens">
        <Title order={2} size="h3" id="over-gegevens" mb="sm">
          {t('about.details')}
        </Title>
        <Stack gap="xs">
          <Text>{t('about.since', { date: date(community.createdAt) })}</Text>
          {community.researchThemes.length > 0 ? (
            <Text>
              {t('communities.themesLabel')}: {community.researchThemes.map((theme) => theme.name).join(', ')}
            </Text>
          ) : null}
          <TagList tags={community.tags} label={t('communities.tagsLabel')} />
        </Stack>
      </Paper>
    </Stack>
  );
}
