import { DataError, LoadError } from '../data/DataError';
import { clip, PROBLEM_MAX } from '../data/describeValue';
import { useLocale } from '../i18n/LocaleContext';

/** How many problems are listed; the rest are counted. A file with a thousand bad records stays a page. */
export const PROBLEMS_SHOWN = 20;

/** A readable error with what failed and a retry; data problems are listed for data editors. */
export function ErrorState({ error, onRetry, region }: { error: unknown; onRetry?: () => void; region?: string }) {
  const { t } = useLocale();
  const files = error instanceof DataError || error instanceof LoadError ? error.files : [];
  const problems =
    error instanceof DataError ? error.problems : [error instanceof Error ? error.message : String(error)];
  const more = problems.length - PROBLEMS_SHOWN;
  return (
    <div role="alert" className="error-state">
      <h2>{t('error.title')}</h2>
      {region && <p>{t('error.region', { name: region })}</p>}
      {files.length === 1 && <p>{t('error.data', { file: files[0]! })}</p>}
      {files.length > 1 && <p>{t('error.files', { files: files.join(', ') })}</p>}
      <details open>
        <summary>{t('error.details')}</summary>
        <ul className="error-problems">
          {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
            <li key={i}>
              <code>{clip(p, PROBLEM_MAX)}</code>
            </li>
          ))}
        </ul>
        {more > 0 && <p>{t('error.more', { count: more })}</p>}
      </details>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
