import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TagList } from '../../communities/common/labels';
import { useFormat } from '../../communities/common/useFormat';
import type { CaseDetail } from './CasePage';

function Section({ id, title, html }: { id: string; title: string; html: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {/* Rendered from Markdown and sanitised by the server. */}
      <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: html }} />
    </Paper>
  );
}

// The template: context, the dilemma or question, and what was tried (only when filled in).
export function CaseSections({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Section id="casus-context" title={t('caseForm.context')} html={kase.contextHtml} />
      <Section id="casus-dilemma" title={t('caseForm.dilemma')} html={kase.dilemmaHtml} />
      {kase.tried.trim() ? <Section id="casus-geprobeerd" title={t('caseForm.tried')} html={kase.triedHtml} /> : null}
    </>
  );
}

export function LessonsLearned({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="casus-lessen" className="kl-lessons">
      <Group gap="xs" mb="sm" wrap="nowrap">
        <IconBulb size={22} aria-hidden />
        <Title order={2} size="h3" id="casus-lessen">
          {t('casePage.lessons')}
        </Title>
      </Group>
      {kase.resolvedAt ? (
        <Text size="sm" c="gray.7" mb="xs">
          {t('casePage.resolvedOn', { date: date(kase.resolvedAt) })}
        </Text>
      ) : null}
      <div className="kl-rich-text" dangerouslySetInnerHTML={{ __html: kase.lessonsLearnedHtml ?? '' }} />
    </Paper>
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

function BadgeList({ items, label }: { items: { key: string; text: string; title?: string }[]; label: string }) {
  return (
    <Group component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Badge variant="light" color="gray" c="gray.9" tt="none" fw={500} title={item.title}>
            {item.text}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

// How the case links to the learning line: form of collaboration, alliance, D'Amour, qualifications, levels, tags.
export function CaseClassification({ kase }: { kase: CaseDetail }) {
  const { t } = useTranslation();
  const none = <Text component="span" size="sm" c="gray.7">{t('casePage.none')}</Text>;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="casus-kenmerken">
      <Title order={2} size="h4" id="casus-kenmerken" mb="sm">
        {t('casePage.classification')}
      </Title>
      <Stack component="dl" gap="sm" m={0}>
        <Row label={t('caseForm.collaborationForm')}>{kase.collaborationForm.name}</Row>
        <Row label={t('caseForm.alliance')}>
          {kase.allianceAspects.length ? kase.allianceAspects.map((a) => t(`cases.alliance.${a}`)).join(', ') : none}
        </Row>
        <Row label={t('caseForm.damour')}>
          {kase.damourConcepts.length ? kase.damourConcepts.map((c) => t(`cases.damour.${c}`)).join(', ') : none}
        </Row>
        <Row label={t('caseForm.qualifications')}>
          {kase.qualifications.length ? (
            <Stack component="span" gap={4}>
              {kase.qualifications.map((q) => (
                <Text component="span" size="sm" key={q.id} display="block">
                  <Badge component="span" variant="light" tt="none" mr={6}>
                    {q.code}
                  </Badge>
                  {q.text}
                </Text>
              ))}
            </Stack>
          ) : (
            none
          )}
        </Row>
        <Row label={t('caseForm.levels')}>
          {kase.levels.length ? (
            <BadgeList label={t('caseForm.levels')} items={kase.levels.map((l) => ({ key: l.id, text: t('cases.levelShort', { number: l.number }), title: l.name }))} />
          ) : (
            none
          )}
        </Row>
        {kase.tags.length ? (
          <Row label={t('caseForm.tags')}>
            <TagList tags={kase.tags} label={t('cases.tagsLabel')} />
          </Row>
        ) : null}
      </Stack>
    </Paper>
  );
}
