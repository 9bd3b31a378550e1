// The WIPO treaty records (data/treaties.json), for whichever treaty view is shown: the map's treaty
// measures, the country panel's section, the timeline's chart. Fetched once, only when one asks.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fileQuery, retryFiles } from '../data/queries';
import { REGION_FILES } from '../data/regions';
import type { TreatiesData } from '../domain/treatyTypes';

export interface Treaties {
  data: TreatiesData | undefined;
  /** null unless the file failed (missing, not JSON, or not valid) and no retry is under way */
  error: unknown;
  /** Try again as every region does: every file the failure involves is fetched anew */
  retry: () => void;
}

export function useTreaties(enabled = true): Treaties {
  const client = useQueryClient();
  const q = useQuery({ ...fileQuery('treaties.json'), enabled });
  const { error, isFetching } = q;
  const retry = useCallback(() => void retryFiles(client, error, REGION_FILES.treaties), [client, error]);
  return { data: q.data, error: isFetching ? null : error, retry };
}
