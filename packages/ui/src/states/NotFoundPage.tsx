import { Page } from '../shell/Page.tsx';

/** For addresses inside an app that match no screen. */
export function NotFoundPage({ homeHref, homeText }: { homeHref: string; homeText: string }) {
  return (
    <Page title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <a href={homeHref}>{homeText}</a>
      </p>
    </Page>
  );
}
