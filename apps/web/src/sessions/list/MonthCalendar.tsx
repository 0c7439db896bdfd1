import { ActionIcon, Anchor, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { SessionsDocument, type SessionCardFieldsFragment } from '@kennislijn/web-graphql';
import { IconCalendarOff, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncSection } from '../../communities/common/AsyncSection';
import { useSessionLabels } from '../common/labels';
import { buildMonthGrid, gridRange, parseMonthKey, sessionsByDay, shiftMonth, todayIn, type MonthKey } from '../common/calendar';
import { formatTime, viewerTimeZone } from '../common/when';
import './sessions-calendar.css';

interface MonthCalendarProps {
  month: MonthKey;
  mine: boolean;
  onMonthChange: (month: MonthKey) => void;
}

function SessionLink({ session, zone, locale }: { session: SessionCardFieldsFragment; zone: string; locale: string }) {
  const { t } = useTranslation();
  const cancelled = session.status === 'CANCELLED';
  return (
    <Anchor component={Link} to={`/sessies/${session.id}`} size="sm" className="kl-calendar-session" data-cancelled={cancelled || undefined}>
      <Text span size="xs" fw={600}>
        {formatTime(session.startsAt, zone, locale)}
      </Text>{' '}
      {session.title}
      {cancelled ? <VisuallyHidden> ({t('sessions.status.CANCELLED')})</VisuallyHidden> : null}
    </Anchor>
  );
}

// A month of sessions: a table of weeks on wider screens; on a phone the same month as a list of days.
// Every session is a link, so the keyboard reaches them in reading order.
export function MonthCalendar({ month, mine, onMonthChange }: MonthCalendarProps) {
  const { t } = useTranslation();
  const labels = useSessionLabels();
  const zone = viewerTimeZone();
  const phone = useMediaQuery('(max-width: 48em)');
  const { year, month: m } = parseMonthKey(month) ?? { year: 2026, month: 1 };
  const weeks = useMemo(() => buildMonthGrid(year, m), [year, m]);
  const range = gridRange(weeks);
  const list = useQuery(SessionsDocument, {
    variables: { from: range.from, to: range.to, mine: mine || undefined, first: 500 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const byDay = useMemo(() => sessionsByDay(list.data?.sessions ?? [], zone), [list.data, zone]);
  const today = todayIn(zone);
  const monthName = new Intl.DateTimeFormat(labels.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
  const weekdays = weeks[0].map((d) => ({
    short: new Intl.DateTimeFormat(labels.locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d.date}T12:00:00Z`)),
    long: new Intl.DateTimeFormat(labels.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${d.date}T12:00:00Z`)),
  }));
  const dayLabel = (date: string) => new Intl.DateTimeFormat(labels.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  const inMonth = weeks.flat().filter((d) => d.inMonth && byDay.has(d.date));

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <ActionIcon variant="default" size="lg" onClick={() => onMonthChange(shiftMonth(month, -1))} aria-label={t('sessions.calendar.previous')}>
          <IconChevronLeft size={18} aria-hidden />
        </ActionIcon>
        <Title order={2} size="h3" aria-live="polite" tt="capitalize">
          {monthName}
        </Title>
        <ActionIcon variant="default" size="lg" onClick={() => onMonthChange(shiftMonth(month, 1))} aria-label={t('sessions.calendar.next')}>
          <IconChevronRight size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <AsyncSection
        loading={list.loading}
        error={list.error}
        hasData={Boolean(list.data)}
        isEmpty={false}
        onRetry={() => void list.refetch()}
        loadingLabel={t('sessions.list.loading')}
        emptyTitle=""
        emptyText=""
      >
        {phone ? (
          inMonth.length === 0 ? (
            <Group gap="sm" py="sm">
              <IconCalendarOff size={20} aria-hidden />
              <Text size="sm">{t('sessions.calendar.emptyMonth')}</Text>
            </Group>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sessions.calendar.listLabel', { month: monthName })}>
              {inMonth.map((d) => (
                <Paper component="li" key={d.date} withBorder radius="md" p="sm">
                  <Text fw={600} size="sm" tt="capitalize">
                    {dayLabel(d.date)}
                    {d.date === today ? ` · ${t('sessions.calendar.today')}` : ''}
                  </Text>
                  <Stack gap={4} mt={4}>
                    {byDay.get(d.date)?.map((s) => (
                      <SessionLink key={s.id} session={s} zone={zone} locale={labels.locale} />
                    ))}
                  </Stack>
                </Paper>
              ))}
            </Stack>
          )
        ) : (
          <table className="kl-calendar">
            <caption>
              <VisuallyHidden>{t('sessions.calendar.caption', { month: monthName })}</VisuallyHidden>
            </caption>
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w.long} scope="col" abbr={w.long}>
                    {w.short}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0].date}>
                  {week.map((d) => {
                    const sessions = byDay.get(d.date) ?? [];
                    return (
                      <td key={d.date} data-outside={!d.inMonth || undefined} data-today={d.date === today || undefined} aria-current={d.date === today ? 'date' : undefined}>
                        <Text size="xs" c={d.inMonth ? 'gray.8' : 'gray.7'} fw={d.date === today ? 700 : 400} className="kl-calendar-day">
                          <span aria-hidden>{d.day}</span>
                          <VisuallyHidden>{dayLabel(d.date)}</VisuallyHidden>
                        </Text>
                        <Stack gap={2}>
                          {sessions.map((s) => (
                            <SessionLink key={s.id} session={s} zone={zone} locale={labels.locale} />
                          ))}
                        </Stack>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncSection>
    </Stack>
  );
}
