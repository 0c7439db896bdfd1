import { Avatar, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { RealtimePerson } from '@kennislijn/shared-realtime';
import { initials } from '../shell/initials';

interface PresenceAvatarsProps {
  people: RealtimePerson[];
  /** The sentence before the names, e.g. "Nu online". */
  label: string;
  max?: number;
}

/** Who is here: a few avatars, with every name also in text for screen readers and tooltips. */
export function PresenceAvatars({ people, label, max = 5 }: PresenceAvatarsProps) {
  if (people.length === 0) return null;
  const shown = people.slice(0, max);
  const rest = people.length - shown.length;
  const names = people.map((p) => p.name).join(', ');
  return (
    <Group gap={8} wrap="nowrap" className="kl-presence">
      <Text size="sm" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Tooltip.Group openDelay={200} closeDelay={100}>
        <Avatar.Group spacing="xs" aria-hidden>
          {shown.map((person) => (
            <Tooltip key={person.id} label={person.name} withArrow>
              <Avatar size={28} radius="xl" color="indigo">
                {initials(person.name)}
              </Avatar>
            </Tooltip>
          ))}
          {rest > 0 ? (
            <Avatar size={28} radius="xl" color="gray">
              +{rest}
            </Avatar>
          ) : null}
        </Avatar.Group>
      </Tooltip.Group>
      <VisuallyHidden>{names}</VisuallyHidden>
    </Group>
  );
}
