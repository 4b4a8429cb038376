import type { SessionUser } from '@bacc/schema';
import type { Context } from '../../context.ts';

export type Actor = Context & { user: SessionUser };
