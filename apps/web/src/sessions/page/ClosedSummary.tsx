import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionDetailFieldsFragment } from '@kennislijn/web-graphql';
import { IconSquareCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSessionLabels } from '../common/labels';
import { Markdown } from '../common/Markdown';
import { LessonAction } from './LessonAction';

/** After the session: its outcomes, the notes of each step, who was there, and the lesson learned. */
export function ClosedSummary({ session, onChanged }: { session: SessionDetailFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const notes = new Map(session.notes.map((n) => [n.stepKey, n.body]));
  const withNotes = session.steps.filter((s) => notes.get(s.key)?.trim());
  return (
    <Paper component="section" withBorder radius="md" p={{ base: 'md', sm: 'lg' }} aria-labelledby="sessie-afgesloten">
      <Stack gap="md">
        <Group gap="xs">
          <IconSquareCheck size={22} aria-hidden />
          <Title order={2} size="h3" id="sessie-afgesloten">
            {t('sessions.closed.title')}
          </Title>
        </Group>
        <section aria-labelledby="sessie-uitkomsten-kop">
          <Title order={3} size="h4" id="sessie-uitkomsten-kop" mb={6}>
            {t('sessions.closed.outcomes')}
          </Title>
          {session.outcomes ? <Markdown text={session.outcomes} /> : <Text c="gray.7">{t('common.notProvided')}</Text>}
        </section>
        <Group>
          <LessonAction session={session} onLinked={onChanged} />
        </Group>
        {session.viewerCan.participate ? (
          <>
            <section aria-labelledby="sessie-notities-kop">
              <Title order={3} size="h4" id="sessie-notities-kop" mb={6}>
                {t('sessions.closed.notes')}
              </Title>
              {withNotes.length === 0 ? (
                <Text size="sm" c="gray.7">
                  {t('sessions.closed.noNotes')}
                </Text>
              ) : (
                <Stack gap="sm">
                  {withNotes.map((s) => (
                    <div key={s.key}>
                      <Text size="sm" fw={600}>
                        {s.title}{' '}
                        <Text span size="xs" c="gray.7">
                          ({labels.actor(s.actor)})
                        </Text>
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {notes.get(s.key)}
                      </Text>
                    </div>
                  ))}
                </Stack>
              )}
            </section>
            <section aria-labelledby="sessie-aanwezig-kop">
              <Title order={3} size="h4" id="sessie-aanwezig-kop" mb={6}>
                {t('sessions.closed.attendees', { count: session.attendees.length })}
              </Title>
              {session.attendees.length ? (
                <List size="sm" spacing={2} aria-labelledby="sessie-aanwezig-kop">
                  {session.attendees.map((a) => (
                    <List.Item key={a.userId}>{a.displayName}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="gray.7">
                  {t('sessions.closed.noAttendees')}
                </Text>
              )}
            </section>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
