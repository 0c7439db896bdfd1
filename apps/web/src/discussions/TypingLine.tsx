import { Text } from '@mantine/core';
import type { RealtimePerson } from '@kennislijn/shared-realtime';
import { useTranslation } from 'react-i18next';

/** "Sam Student typt…" under the messages. Not a live region: it would talk over everything else. */
export function TypingLine({ people }: { people: RealtimePerson[] }) {
  const { t } = useTranslation();
  let text = '';
  if (people.length === 1) text = t('discussion.typing.one', { name: people[0].name });
  else if (people.length === 2) text = t('discussion.typing.two', { first: people[0].name, second: people[1].name });
  else if (people.length > 2) text = t('discussion.typing.many');
  return (
    <Text size="sm" c="gray.7" className="kl-typing" px="md" data-typing={people.length > 0 || undefined}>
      {text}
    </Text>
  );
}
