export { enterRowScope, type RowScope, withRowScope } from './row-scope.ts';
