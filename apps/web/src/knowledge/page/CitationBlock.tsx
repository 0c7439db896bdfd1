import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconQuote } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { bareDoi, citationShort, doiUrl, referenceParts, type CitationLike } from '../common/citation';

// The source in full (APA-like) with the DOI as a working link, and the web address when there is one.
export function CitationBlock({ citation }: { citation: CitationLike }) {
  const { t } = useTranslation();
  const doi = citation.doi ? bareDoi(citation.doi) : null;
  const url = citation.url?.trim() || null;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="kennis-bron" className="kl-citation">
      <Group gap="xs" mb="sm" wrap="nowrap">
        <IconQuote size={20} aria-hidden />
        <Title order={2} size="h4" id="kennis-bron">
          {t('knowledge.page.source')}
        </Title>
      </Group>
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('knowledge.page.citeAs', { short: citationShort(citation) })}
        </Text>
        <Text className="kl-reference" data-reference>
          {referenceParts(citation).map((part, i) => (part.italic ? <em key={i}>{part.text}</em> : <span key={i}>{part.text}</span>))}
          {doi ? (
            <>
              {' '}
              <Anchor href={doiUrl(doi)} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
                {doiUrl(doi)}
                <span className="kl-sr-only"> ({t('knowledge.opensInNewTab')})</span>
              </Anchor>
            </>
          ) : null}
        </Text>
        {url ? (
          <Group gap={4} wrap="nowrap">
            <IconExternalLink size={16} aria-hidden />
            <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('knowledge.page.openSource')}
              <span className="kl-sr-only"> ({t('knowledge.opensInNewTab')})</span>
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
