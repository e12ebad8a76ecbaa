// Hash history: the backend serves console/index.html and needs no SPA fallback.
import { createRouter, createWebHashHistory } from 'vue-router'
import { auth } from './session.js'
import LoginView from './views/LoginView.vue'

// Who may screen residents' reports (the backend checks the same roles).
export const SCREENING_ROLES = ['STAFF', 'GRID_WORKER', 'ADMIN']
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
