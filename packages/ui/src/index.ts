// Layout

// Auth
export { AuthGate } from './auth/AuthGate.tsx';
export { LoginPage } from './auth/LoginPage.tsx';
export { useSession } from './auth/SessionContext.ts';
export { WrongArea } from './auth/WrongArea.tsx';

// Charts
export {
  type FigureBar,
  FigureBarChart,
  type FigureBarChartProps,
} from './charts/FigureBarChart.tsx';
export {
  type BarSeries,
  GroupedBarChart,
  type GroupedBarChartProps,
  SERIES_COLOURS,
} from './charts/GroupedBarChart.tsx';
// Components
export { Badge, type Tone } from './components/Badge.tsx';
export { Button, type ButtonProps, type ButtonVariant } from './components/Button.tsx';
export { Card } from './components/Card.tsx';
export { ConfirmDialog, type ConfirmDialogProps } from './components/ConfirmDialog.tsx';
export { ExplanationTree } from './components/ExplanationTree.tsx';
export { Message } from './components/Message.tsx';
export { type PageLinkProps, Pagination } from './components/Pagination.tsx';
export { ProgressBar, type ProgressBarProps } from './components/ProgressBar.tsx';
export { clampPage, pageCount, pageItems, rangeText } from './components/pagination.ts';
export { StatTile, StatTiles } from './components/StatTile.tsx';
export { nextSort, type SortDirection, type SortState, sortRows } from './components/sorting.ts';
export { type Column, Table, type TableProps } from './components/Table.tsx';
// Formatting
export { formatCalendarDate, formatCount, learnerNames, plural } from './format/format.ts';
// Forms
export { ErrorSummary, type FormError } from './forms/ErrorSummary.tsx';
export { SearchBox } from './forms/SearchBox.tsx';
export { SelectField, type SelectOption } from './forms/SelectField.tsx';
export { TextField } from './forms/TextField.tsx';
// Invites (accept-invite page, link panel)
export * from './invite/index.ts';
export { AppShell, type AppShellProps } from './shell/AppShell.tsx';
export { focusMainHeading } from './shell/focus.ts';
export { Page, type PageProps } from './shell/Page.tsx';
export { documentTitle, useShell } from './shell/ShellContext.ts';
// States
export { EmptyState } from './states/EmptyState.tsx';
export { ErrorBoundary, RenderFault } from './states/ErrorBoundary.tsx';
export { ErrorState } from './states/ErrorState.tsx';
export { LoadingState } from './states/LoadingState.tsx';
export { NotFoundPage } from './states/NotFoundPage.tsx';
export { QueryBoundary } from './states/QueryBoundary.tsx';
// API
export { ApiProvider } from './trpc/ApiProvider.tsx';
export { type BaccClient, createTrpcClient } from './trpc/client.ts';
export { useTRPC, useTRPCClient } from './trpc/context.ts';
export { describeError, errorCode } from './trpc/errors.ts';
export { fetchQuery } from './trpc/fetchQuery.ts';
export { createQueryClient } from './trpc/queryClient.ts';
export type {
  CentreSummary,
  LearnerPage,
  LearnerRow,
  Role,
  SessionUser,
  VerificationResult,
} from './trpc/types.ts';
