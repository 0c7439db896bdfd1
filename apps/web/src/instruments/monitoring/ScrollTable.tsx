import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen: scrolls sideways, and can be scrolled with the keyboard (a named,
 * focusable region; WCAG 2.1.1).
 */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box className="kl-scroll-table" tabIndex={0} role="region" aria-label={label}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
