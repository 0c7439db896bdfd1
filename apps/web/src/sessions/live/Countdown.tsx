import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announcement, formatClock, sameAnnouncement, secondsLeft, type Announcement } from './countdown';

interface CountdownProps {
  stepStartedAt: string | null;
  minutes: number;
}

// The time left in the current step: the clock ticks every second for the eye; screen readers hear it
// politely only when the whole minutes change, and once when the time is up.
export function Countdown({ stepStartedAt, minutes }: CountdownProps) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = secondsLeft(stepStartedAt, minutes, now);
  const current: Announcement | null = left === null ? null : announcement(left);
  const [spoken, setSpoken] = useState<Announcement | null>(current);
  if (current && (!spoken || !sameAnnouncement(spoken, current))) setSpoken(current);
  if (left === null) return null;

  const over = left <= 0;
  const say = (a: Announcement | null) =>
    !a ? '' : a.kind === 'over' ? t('sessions.live.timeUpLong') : a.kind === 'lastMinute' ? t('sessions.live.lastMinute') : t('sessions.live.minutesLeft', { count: a.count });
  return (
    <Group gap="xs" wrap="nowrap" className="kl-countdown" data-over={over || undefined}>
      <IconHourglass size={22} aria-hidden />
      <Text size="xl" fw={700} aria-hidden style={{ fontVariantNumeric: 'tabular-nums' }} c={over ? 'red.9' : undefined}>
        {over ? t('sessions.live.timeUp') : formatClock(left)}
      </Text>
      <VisuallyHidden aria-live="polite" aria-atomic>
        {say(spoken)}
      </VisuallyHidden>
    </Group>
  );
}
