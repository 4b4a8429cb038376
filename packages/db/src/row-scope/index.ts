export {
  APPLICATION_ROLE,
  type RoleStanding,
  roleStanding,
  workAsApplicationRole,
} from './application-role.ts';
export {
  enterRowScope,
  inRowScopeOf,
  inSystemScope,
  inTrustScope,
  type RowScope,
  withRowScope,
} from './row-scope.ts';
