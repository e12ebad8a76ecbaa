// Hash history: the backend serves one index.html per app and needs no SPA fallback.
import { createRouter, createWebHashHistory } from 'vue-router'
import HomeView from './views/HomeView.vue'

// Features of the home tiles. `built: false` routes to the polite "coming soon" page.
export const features = [
  { key: 'report', icon: 'photograph', built: true },
  { key: 'findWorker', icon: 'manager-o', built: true },
  { key: 'points', icon: 'medal-o', built: true },
  { key: 'services', icon: 'service-o', built: false },
  { key: 'surveys', icon: 'smile-comment-o', built: false }
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
    { path: '/points', name: 'points', component: () => import('./views/PointsView.vue') },
    { path: '/track', name: 'track', component: () => import('./views/TrackView.vue') },
    { path: '/find-worker', name: 'findWorker', component: () => import('./views/FindWorkerView.vue') },
    // The QR code on a printed notice board opens #/g/{code}.
    { path: '/g/:code', name: 'board', component: () => import('./views/BoardView.vue'), props: true },
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
