import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { KnowledgeDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconBulb } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TagList } from '../../communities/common/labels';
import { knowledgeListHref } from '../common/filters';
import { useKnowledgeLabels } from '../common/labels';

type Item = KnowledgeDetailFieldsFragment;

export function SummarySection({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="kennis-samenvatting">
      <Title order={2} size="h4" id="kennis-samenvatting" mb="sm">
        {t('knowledge.page.summary')}
      </Title>
      {/* Rendered from Markdown and sanitised by the server. */}
      <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: item.summaryHtml }} />
    </Paper>
  );
}

// A research finding: how it was studied, with whom, and — highlighted — what it means for practice.
export function FindingSections({ finding }: { finding: NonNullable<Item['finding']> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="kennis-onderzoek">
        <Title order={2} size="h4" id="kennis-onderzoek" mb="sm">
          {t('knowledge.page.study')}
        </Title>
        <Stack component="dl" gap="sm" m={0}>
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('knowledge.form.studyDesign')}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {finding.studyDesign}
            </Text>
          </div>
          <div>
            <Text component="dt" fw={600} size="sm">
              {t('knowledge.form.sample')}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {finding.sample}
            </Text>
          </div>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="kennis-praktijk" className="kl-practice">
        <Group gap="xs" mb="sm" wrap="nowrap">
          <IconBulb size={22} aria-hidden />
          <Title order={2} size="h4" id="kennis-praktijk">
            {t('knowledge.form.practiceImplications')}
          </Title>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{finding.practiceImplications}</Text>
      </Paper>
    </Stack>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mt={2}>
        {children}
      </Text>
    </div>
  );
}

// Where the item sits on the learning line and what it links to; qualifications and levels lead to the
// knowledge list filtered on them.
export function KnowledgeLinks({ item }: { item: Item }) {
  const { t } = useTranslation();
  const labels = useKnowledgeLabels();
  const none = (
    <Text component="span" size="sm" c="gray.7">
      {t('knowledge.page.none')}
    </Text>
  );
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="kennis-koppelingen">
      <Title order={2} size="h4" id="kennis-koppelingen" mb="sm">
        {t('knowledge.page.links')}
      </Title>
      <Stack component="dl" gap="sm" m={0}>
        <Row label={t('knowledge.form.qualifications')}>
          {item.qualifications.length ? (
            <Stack component="span" gap={4}>
              {item.qualifications.map((q) => (
                <Text component="span" size="sm" key={q.id} display="block">
                  <Anchor component={Link} to={knowledgeListHref({ qualification: q.code })} fw={700} mr={6}>
                    {q.code}
                  </Anchor>
                  {q.text}
                </Text>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Row>
        <Row label={t('knowledge.form.levels')}>
          {item.levels.length ? (
            <Stack component="span" gap={2}>
              {item.levels.map((l) => (
                <Anchor key={l.id} component={Link} to={knowledgeListHref({ level: String(l.number) })} size="sm" display="block">
                  {l.name}
                </Anchor>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Row>
        <Row label={t('knowledge.form.forms')}>{item.collaborationForms.length ? item.collaborationForms.map((f) => f.name).join(', ') : none}</Row>
        <Row label={t('knowledge.form.theoryThemes')}>{item.theoryThemes.length ? item.theoryThemes.map(labels.theory).join(', ') : none}</Row>
        <Row label={t('knowledge.form.researchThemes')}>{item.researchThemes.length ? item.researchThemes.map((r) => r.name).join(', ') : none}</Row>
        {item.cases.length ? (
          <Row label={t('knowledge.page.cases')}>
            <Stack component="span" gap={2}>
              {item.cases.map((c) => (
                <Anchor key={c.id} component={Link} to={`/casussen/${c.id}`} size="sm" display="block">
                  {c.title}
                </Anchor>
              ))}
            </Stack>
          </Row>
        ) : null}
        {item.instruments.length ? (
          <Row label={t('knowledge.page.instruments')}>
            <Stack component="span" gap={2}>
              {item.instruments.map((i) => (
                <Anchor key={i.id} component={Link} to={`/instrumenten/${i.id}`} size="sm" display="block">
                  {i.title}
                </Anchor>
              ))}
            </Stack>
          </Row>
        ) : null}
        {item.sourceCaseId ? (
          <Row label={t('knowledge.page.fromCase')}>
            <Anchor component={Link} to={`/casussen/${item.sourceCaseId}`} size="sm">
              {t('knowledge.page.openCase')}
            </Anchor>
          </Row>
        ) : null}
        {item.tags.length ? (
          <Row label={t('knowledge.form.tags')}>
            <TagList tags={item.tags} label={t('knowledge.form.tags')} />
          </Row>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The version badge in the page's meta line. */
export function RevisionBadge({ revision }: { revision: number }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="gray" c="gray.8" tt="none">
      {t('knowledge.page.version', { number: revision })}
    </Badge>
  );
}
