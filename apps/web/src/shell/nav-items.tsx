import {
  IconBooks,
  IconClipboardText,
  IconPresentation,
  IconRoute,
  IconTools,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

export interface NavItem {
  path: string;
  labelKey:
    | 'nav.communities'
    | 'nav.cases'
    | 'nav.instruments'
    | 'nav.knowledgeBase'
    | 'nav.sessions'
    | 'nav.learningPath';
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/gemeenschappen', labelKey: 'nav.communities', icon: IconUsersGroup },
  { path: '/casussen', labelKey: 'nav.cases', icon: IconClipboardText },
  { path: '/instrumenten', labelKey: 'nav.instruments', icon: IconTools },
  { path: '/kennisbank', labelKey: 'nav.knowledgeBase', icon: IconBooks },
  { path: '/sessies', labelKey: 'nav.sessions', icon: IconPresentation },
  { path: '/leerlijn', labelKey: 'nav.learningPath', icon: IconRoute },
];
