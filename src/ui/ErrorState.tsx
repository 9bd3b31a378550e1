import { DataError, LoadError } from '../data/DataError';
import { useLocale } from '../i18n/LocaleContext';

/** A readable error with what failed and a retry; data problems are listed for data editors. */
export function ErrorState({ error, onRetry, region }: { error: unknown; onRetry?: () => void; region?: string }) {
  const { t } = useLocale();
  const file = error instanceof DataError || error instanceof LoadError ? error.file : null;
  const problems =
    error instanceof DataError ? error.problems : [error instanceof Error ? error.message : String(error)];
  return (
    <div role="alert" className="error-state">
      <h2>{t('error.title')}</h2>
      {region && <p>{t('error.region', { name: region })}</p>}
      {file && <p>{t('error.data', { file })}</p>}
      <details open>
        <summary>{t('error.details')}</summary>
        <ul className="error-problems">
          {problems.slice(0, 50).map((p, i) => (
            <li key={i}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </details>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
