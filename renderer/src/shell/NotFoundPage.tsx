/** An address that names no page (an old bookmark) or a site the app does not follow. */
import { EmptyState } from '../common/EmptyState';
import { t } from '../i18n/t';
import { notFoundCopy, type NotFoundAsk } from '../model/notFound';

/** The not-found page: what was asked for, and the way back. */
export function NotFoundPage({ asked }: { asked: NotFoundAsk }) {
  const copy = notFoundCopy(asked);
  return (
    <div className="page" data-testid="not-found" data-kind={asked.kind}>
      {/* Every page has one h1 (screen readers jump to it); the card's title says the rest. */}
      <h1 className="visually-hidden">
        {asked.kind === 'site' ? t('notFound.siteHeading') : t('notFound.pageHeading')}
      </h1>
      <section className="card">
        <EmptyState
          title={copy.title}
          action={
            <div className="empty-actions">
              <a className="button primary" href="#/" data-testid="not-found-back">
                {t('notFound.back')}
              </a>
              {asked.kind === 'site' && (
                <a className="button" href="#/connections">
                  {t('notFound.openConnections')}
                </a>
              )}
            </div>
          }
        >
          {copy.body}
        </EmptyState>
      </section>
    </div>
  );
}
