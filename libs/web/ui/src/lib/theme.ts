import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Indigo at shade 7 keeps white button text above 4.5:1 contrast (WCAG AA).
export const kennislijnTheme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 4 },
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NativeSelect: { defaultProps: { size: 'md' } },
  },
});

// Mantine's defaults for secondary text ("dimmed"), error text and text on light tinted
// backgrounds (active nav item, badges) are below 4.5:1 on white; darker shades pass WCAG AA.
export const kennislijnCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    // Darker than indigo-9 so text stays above 4.5:1 on the hover tint too.
    '--mantine-color-indigo-light-color': '#2c3e9f',
    '--mantine-primary-color-light-color': '#2c3e9f',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    // Green-9 is still below 4.5:1 on the green tint (alerts, badges).
    '--mantine-color-green-light-color': '#1b5e20',
    // Red buttons (danger actions): white on red-7 or red-7 on white is below 4.5:1.
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': '#a51d1d',
    '--mantine-color-red-outline': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
