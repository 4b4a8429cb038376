import type { ReactNode } from 'react';
import { pageItems } from './pagination.ts';

export interface PageLinkProps {
  page: number;
  children: ReactNode;
  'aria-label'?: string;
  'aria-current'?: 'page';
  rel?: string;
}

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Renders a link to a page: a router Link so that pages are real, shareable URLs. */
  renderLink: (props: PageLinkProps) => ReactNode;
  label?: string;
}

/** Previous / numbered / Next page links in a labelled navigation landmark. */
export function Pagination({ page, pageCount, renderLink, label = 'Pages' }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>{renderLink({ page: page - 1, rel: 'prev', children: '‹ Previous' })}</li>
        ) : null}
        {pageItems(page, pageCount).map((item, index) =>
          item === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity
            <li key={`gap-${index}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              {renderLink({
                page: item,
                children: item,
                'aria-label': `Page ${item}`,
                'aria-current': item === page ? 'page' : undefined,
              })}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>{renderLink({ page: page + 1, rel: 'next', children: 'Next ›' })}</li>
        ) : null}
      </ul>
    </nav>
  );
}
