// Hash history: the backend serves one index.html per app and needs no SPA fallback.
import { createRouter, createWebHashHistory } from 'vue-router'
import HomeView from './views/HomeView.vue'

// Features of the home tiles. `built: false` routes to the polite "coming soon" page.
export const features = [
  { key: 'report', icon: 'photograph', built: true },
  { key: 'findWorker', icon: 'manager-o', built: true },
  { key: 'volunteer', icon: 'friends-o', built: true },
  { key: 'points', icon: 'medal-o', built: true },
  { key: 'services', icon: 'service-o', built: true },
  { key: 'surveys', icon: 'smile-comment-o', built: true }
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView },
    { path: '/me', name: 'me', component: () => import('./views/MeView.vue') },
    { path: '/me/profile', name: 'profile', component: () => import('./views/ProfileView.vue') },
    { path: '/report', name: 'report', component: () => import('./views/ReportView.vue') },
    { path: '/reports', name: 'my-reports', component: () => import('./views/MyReportsView.vue') },
    {
      path: '/reports/:id',
      name: 'report-detail',
      component: () => import('./views/ReportDetailView.vue'),
      props: true
    },
    { path: '/me/home-grid', name: 'home-grid', component: () => import('./views/HomeGridView.vue') },
    { path: '/services', name: 'services', component: () => import('./views/RequestHelpView.vue') },
    { path: '/requests', name: 'my-requests', component: () => import('./views/MyRequestsView.vue') },
    {
      path: '/requests/:id',
      name: 'request-detail',
      component: () => import('./views/RequestDetailView.vue'),
      props: true
    },
    // The grid worker's mobile view (accounts linked to a worker record, role GRID_WORKER).
    { path: '/desk', name: 'desk', component: () => import('./views/WorkerDeskView.vue') },
    {
      path: '/desk/:id',
      name: 'desk-request',
      component: () => import('./views/WorkerRequestView.vue'),
      props: true
    },
    { path: '/surveys', name: 'surveys', component: () => import('./views/SurveysView.vue') },
    {
      path: '/surveys/:kind(followups|campaigns)/:id',
      name: 'survey-answer',
      component: () => import('./views/SurveyAnswerView.vue'),
      props: true
    },
    { path: '/points', name: 'points', component: () => import('./views/PointsView.vue') },
    { path: '/track', name: 'track', component: () => import('./views/TrackView.vue') },
    { path: '/notifications', name: 'notifications', component: () => import('./views/NotificationsView.vue') },
    { path: '/find-worker', name: 'findWorker', component: () => import('./views/FindWorkerView.vue') },
    // The QR code on a printed notice board opens #/g/{code}.
    { path: '/g/:code', name: 'board', component: () => import('./views/BoardView.vue'), props: true },
    // Volunteers; the check-in QR code on site opens #/volunteer/scan?t={token}.
    { path: '/volunteer', name: 'volunteer', component: () => import('./views/volunteers/VolunteerView.vue') },
    {
      path: '/volunteer/activities',
      name: 'volunteer-activities',
      component: () => import('./views/volunteers/ActivitiesView.vue')
    },
    {
      path: '/volunteer/activities/:id',
      name: 'volunteer-activity',
      component: () => import('./views/volunteers/ActivityDetailView.vue'),
      props: true
    },
    { path: '/volunteer/scan', name: 'volunteer-scan', component: () => import('./views/volunteers/ScanView.vue') },
    { path: '/volunteer/hours', name: 'volunteer-hours', component: () => import('./views/volunteers/HoursView.vue') },
    {
      path: '/volunteer/leaderboard',
      name: 'volunteer-leaderboard',
      component: () => import('./views/volunteers/LeaderboardView.vue')
    },
    {
      path: '/coming-soon/:feature',
      name: 'coming-soon',
      component: () => import('./views/ComingSoonView.vue'),
      props: true
    },
    { path: '/:pathMatch(.*)*', redirect: '/' }
  ],
  scrollBehavior: () => ({ top: 0 })
})
