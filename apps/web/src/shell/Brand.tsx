import { Anchor, Box, Group, Text } from '@mantine/core';
import { IconTopologyStar3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

// Product name as a home link; not a heading, so each page's h1 is its own title.
export function Brand() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/" underline="never" c="inherit">
      <Group gap={8} wrap="nowrap">
        {/* The mark makes room for the controls on narrow phones. */}
        <Box visibleFrom="xs" display="flex">
          <IconTopologyStar3 size={26} color="var(--mantine-color-indigo-7)" aria-hidden />
        </Box>
        <Text component="span" fw={700} size="xl">
          {t('app.name')}
        </Text>
      </Group>
    </Anchor>
  );
}
