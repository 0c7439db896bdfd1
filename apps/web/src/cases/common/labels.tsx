import { Badge } from '@mantine/core';
import type { AllianceAspect, CaseStatus, DamourConcept, ResponsePerspective } from '@kennislijn/web-graphql';
import { IconCircleCheck, IconCircleDot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const ALLIANCE_ASPECTS: readonly AllianceAspect[] = ['BOND', 'GOALS', 'TASKS'];
export const DAMOUR_CONCEPTS: readonly DamourConcept[] = ['SHARING', 'PARTNERSHIP', 'POWER', 'INTERDEPENDENCY', 'PROCESS'];
export const PERSPECTIVES: readonly ResponsePerspective[] = ['CLIENT_FAMILY', 'PROFESSIONAL', 'ORGANISATION', 'EDUCATION', 'RESEARCH'];
export const CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'RESOLVED'];

// Status as a word with an icon, never colour alone.
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  const open = status === 'OPEN';
  return (
    <Badge
      variant="light"
      color={open ? 'indigo' : 'green'}
      leftSection={open ? <IconCircleDot size={14} aria-hidden /> : <IconCircleCheck size={14} aria-hidden />}
      tt="none"
    >
      {t(`cases.status.${status}`)}
    </Badge>
  );
}
