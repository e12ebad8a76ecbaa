// Hash history: the backend serves console/index.html and needs no SPA fallback.
import { createRouter, createWebHashHistory } from 'vue-router'
import { auth } from './session.js'
import LoginView from './views/LoginView.vue'

// Who may screen residents' reports (the backend checks the same roles).
export const SCREENING_ROLES = ['STAFF', 'GRID_WORKER', 'ADMIN']
// Who may import grids and manage workers (the backend checks the same roles).
export const GRID_ADMIN_ROLES = ['STAFF', 'ADMIN']
// Who may see the governance outbox and case histories.
export const GOVERNANCE_ROLES = ['STAFF', 'ADMIN']
// Who decides volunteers and runs activities (community staff).
export const VOLUNTEER_STAFF_ROLES = ['STAFF', 'ADMIN']
// Who manages service requests and their types (community staff).
export const SERVICE_ROLES = ['STAFF', 'ADMIN']

// Who may run satisfaction campaigns and read their results (never grid workers).
export const SURVEY_ROLES = ['STAFF', 'ADMIN']
// Who may run the rewards catalog, pickups and the points ledger.
export const POINTS_ROLES = ['STAFF', 'ADMIN']

export const routes = [
  { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('./views/ChangePasswordView.vue')
  },
  {
    path: '/',
    component: () => import('./views/ConsoleLayout.vue'),
    children: [
      { path: '', redirect: { name: 'overview' } },
      { path: 'overview', name: 'overview', component: () => import('./views/OverviewView.vue') },
      { path: 'audit', name: 'audit', component: () => import('./views/AuditLogView.vue') },
      {
        path: 'screening',
        name: 'screening',
        component: () => import('./views/ScreeningView.vue'),
        meta: { roles: SCREENING_ROLES }
      },
      {
        path: 'grids/import',
        name: 'grid-import',
        component: () => import('./views/GridImportView.vue'),
        meta: { roles: GRID_ADMIN_ROLES }
      },
      { path: 'grids', name: 'grids', component: () => import('./views/GridsView.vue'), meta: { roles: GRID_ADMIN_ROLES } },
      {
        path: 'surveys',
        name: 'surveys',
        component: () => import('./views/SurveyCampaignsView.vue'),
        meta: { roles: SURVEY_ROLES }
      },
      {
        path: 'surveys/:id/results',
        name: 'survey-results',
        component: () => import('./views/SurveyResultsView.vue'),
        props: true,
        meta: { roles: SURVEY_ROLES }
      },
      { path: 'workers', name: 'workers', component: () => import('./views/WorkersView.vue'), meta: { roles: GRID_ADMIN_ROLES } },
      {
        path: 'outbox',
        name: 'outbox',
        component: () => import('./views/OutboxView.vue'),
        meta: { roles: GOVERNANCE_ROLES }
      },
      {
        path: 'volunteers',
        name: 'volunteers',
        component: () => import('./views/volunteers/VolunteerApprovalsView.vue'),
        meta: { roles: VOLUNTEER_STAFF_ROLES }
      },
      {
        path: 'activities',
        name: 'activities',
        component: () => import('./views/volunteers/ActivitiesAdminView.vue'),
        meta: { roles: VOLUNTEER_STAFF_ROLES }
      },
      {
        path: 'activities/:id/qr',
        name: 'activity-qr',
        component: () => import('./views/volunteers/ActivityQrView.vue'),
        props: true,
        meta: { roles: VOLUNTEER_STAFF_ROLES }
      },
      {
        path: 'activities/:id/attendance',
        name: 'activity-attendance',
        component: () => import('./views/volunteers/AttendanceView.vue'),
        props: true,
        meta: { roles: VOLUNTEER_STAFF_ROLES }
      },
      {
        path: 'service-requests',
        name: 'service-requests',
        component: () => import('./views/ServiceRequestsView.vue'),
        meta: { roles: SERVICE_ROLES }
      },
      {
        path: 'service-request-types',
        name: 'service-request-types',
        component: () => import('./views/RequestTypesView.vue'),
        meta: { roles: SERVICE_ROLES }
      },
      {
        path: 'rewards',
        name: 'rewards',
        component: () => import('./views/RewardsAdminView.vue'),
        meta: { roles: POINTS_ROLES }
      },
      {
        path: 'pickup',
        name: 'pickup',
        component: () => import('./views/PickupView.vue'),
        meta: { roles: POINTS_ROLES }
      },
      {
        path: 'ledger',
        name: 'ledger',
        component: () => import('./views/PointsLedgerView.vue'),
        meta: { roles: POINTS_ROLES }
      },
      {
        path: 'staff',
        name: 'staff',
        component: () => import('./views/StaffView.vue'),
        meta: { roles: ['ADMIN'] }
      }
    ]
  },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

// Where a request for `to` should go instead, or null to let it through.
export function redirectFor(to) {
  if (to.meta.public) {
    return auth.signedIn.value && to.name === 'login' ? { name: 'overview' } : null
  }
  if (!auth.signedIn.value) {
    return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  // A temporary or reset password must be replaced before anything else.
  if (auth.state.user?.passwordChangeRequired && to.name !== 'change-password') {
    return { name: 'change-password' }
  }
  const roles = to.matched.flatMap((record) => record.meta.roles ?? [])
  if (roles.length && !roles.some((role) => auth.hasRole(role))) {
    return { name: 'overview' }
  }
  return null
}

export function createConsoleRouter(history = createWebHashHistory()) {
  const router = createRouter({ history, routes })
  router.beforeEach((to) => redirectFor(to) ?? true)
  return router
}
