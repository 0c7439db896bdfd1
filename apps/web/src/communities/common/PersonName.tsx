import { Text, type TextProps } from '@mantine/core';
import type { PersonFieldsFragment } from '@kennislijn/web-graphql';
import { useTranslation } from 'react-i18next';

interface PersonNameProps extends TextProps {
  person: PersonFieldsFragment | null | undefined;
  withRole?: boolean;
}

// A person's name (the API already says "voormalig lid" for a deleted account), optionally with their profile role.
export function PersonName({ person, withRole, ...props }: PersonNameProps) {
  const { t } = useTranslation();
  if (!person) return <Text component="span" fs="italic" {...props}>{t('common.unknownPerson')}</Text>;
  return (
    <Text component="span" fw={600} fs={person.isFormerMember ? 'italic' : undefined} {...props}>
      {person.displayName}
      {withRole && person.role ? (
        <Text component="span" fw={400} c="gray.7">
          {' · '}
          {t(`roles.${person.role}`)}
        </Text>
      ) : null}
    </Text>
  );
}
