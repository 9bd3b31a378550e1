import type { DashboardModel } from '../../state/buildDashboard';

/** What the charts draw from: the data, the activities the filters pick, the filters and the data's
 * year range. */
export type Figures = Pick<DashboardModel, 'data' | 'selection' | 'filters' | 'bounds'>;
