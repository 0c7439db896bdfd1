// Kennislijn's Mantine theme and small shared UI pieces (page header, empty, loading and error states).
export { kennislijnTheme, kennislijnCssVariables } from './lib/theme';
export { PageHeader, type PageHeaderProps } from './lib/PageHeader';
export { EmptyState, type EmptyStateProps } from './lib/EmptyState';
export { LoadingState, type LoadingStateProps } from './lib/LoadingState';
export { ErrorState, type ErrorStateProps } from './lib/ErrorState';
