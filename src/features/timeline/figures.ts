import type { DashboardModel } from '../../state/buildDashboard';

/** What the charts draw from: the data, the activities the filters pick, the filters and the data's
 * year range. One value, so that a view held off screen or one frame behind holds all of it. */
export type Figures = Pick<DashboardModel, 'data' | 'selection' | 'filters' | 'bounds'>;
