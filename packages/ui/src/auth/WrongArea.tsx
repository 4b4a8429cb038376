import { Page } from '../shell/Page.tsx';

export interface WrongAreaProps {
  title: string;
  message: string;
  href: string;
  linkText: string;
}

/** Shown to a signed-in user whose role belongs in another app. */
export function WrongArea({ title, message, href, linkText }: WrongAreaProps) {
  return (
    <Page title={title}>
      <p>{message}</p>
      <p>
        <a className="button button-primary" href={href}>
          {linkText}
        </a>
      </p>
    </Page>
  );
}
