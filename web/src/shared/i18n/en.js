// English. Keys must match zh-CN.js (see tests/i18n.test.js).
import reportsTexts from './reports.en.js'
import surveysTexts from './surveys.en.js'
import gridsTexts from './grids.en.js'
import notificationsTexts from './notifications.en.js'
import governanceTexts from './governance.en.js'
import volunteersTexts from './volunteers.en.js'
import servicesTexts from './services.en.js'
import pointsTexts from './points.en.js'
export default {
  common: {
    appName: 'GridLink',
    language: 'Language',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    loading: 'Loading…',
    retry: 'Retry',
    cancel: 'Cancel',
    confirm: 'OK',
    back: 'Back',
    signOut: 'Sign out',
    networkError: 'Network error, please try again later',
    requestFailed: 'Request failed ({status})',
    serviceStatus: {
      label: 'Service status',
      checking: 'Checking…',
      ok: 'Service is up',
      down: 'Service unavailable'
    },
    roles: {
      VOLUNTEER: 'Volunteer',
      RESIDENT: 'Resident',
      STAFF: 'Staff',
      GRID_WORKER: 'Grid worker',
      ADMIN: 'Administrator'
    }
  },
  reports: reportsTexts.reports,
  surveys: surveysTexts.surveys,
  grids: gridsTexts.grids,
  workers: gridsTexts.workers,
  notifications: notificationsTexts.notifications,
  contentCheck: notificationsTexts.contentCheck,
  governance: governanceTexts.governance,
  volunteers: volunteersTexts.volunteers,
  services: servicesTexts.services,
  homeGrid: servicesTexts.homeGrid,
  portal: {
    report: reportsTexts.portal,
    tabs: { home: 'Home', me: 'Me' },
    findWorker: {
      title: 'Find my grid worker',
      byLocation: 'Use my location',
      search: 'Community',
      searchHint: 'Community or grid name',
      go: 'Search',
      nothing: 'Nothing found; try another name',
      noGeolocation: 'This browser cannot locate you; search for your community',
      locationDenied: 'No location; allow location access or search for your community'
    },
    board: {
      title: 'Grid notice board',
      workers: 'Grid workers',
      office: 'Community office',
      helpsWith: 'We can help with',
      away: 'Away',
      noWorkers: 'No workers listed yet',
      roles: { GRID_CHIEF: 'Grid chief', GRID_MANAGER: 'Grid manager', GRID_WORKER: 'Grid worker', GRID_INFORMANT: 'Grid informant' }
    },
    home: {
      title: 'GridLink',
      subtitle: 'Your neighbourhood, taken care of',
      tiles: {
        volunteer: 'Volunteering',
        report: 'Photo report',
        findWorker: 'My grid worker',
        points: 'Volunteer points',
        services: 'Services',
        surveys: 'Surveys'
      },
      hints: {
        volunteer: 'Activities and check-in',
        report: 'Report a problem with a photo',
        findWorker: 'Contact your grid worker',
        points: 'Volunteer and earn points',
        services: 'Request community services',
        surveys: 'Rate our services'
      }
    },
    comingSoon: {
      title: 'Coming soon',
      body: '"{feature}" is under construction. Please check back later.',
      backHome: 'Back to home'
    },
    profile: {
      title: 'My profile',
      open: 'My profile and consents',
      nickname: 'Nickname',
      nicknamePlaceholder: 'Enter a nickname',
      homeGrid: 'Home grid',
      homeGridNone: 'Not set',
      phone: 'Phone',
      phoneNone: 'Not linked',
      phoneHint: 'Link it in the WeChat mini-program',
      consents: 'Consents and wishes',
      contactByPhone: 'You may call me',
      contactByPhoneHint: 'Grid workers may phone me about my requests',
      shareContact: 'Share my contact with government offices',
      shareContactHint: 'When a request is passed on, my contact details go with it',
      volunteer: 'I would like to volunteer',
      volunteerHint: 'The community office confirms volunteers',
      volunteerActive: 'You are a volunteer; switch off to stop',
      save: 'Save',
      saved: 'Saved',
      myData: 'My data',
      export: 'Export my data',
      exportHint: 'Download all personal data held about you',
      delete: 'Delete my account',
      deleteConfirm: 'Tap again to confirm deletion',
      deleteHint: 'Erases your personal data and signs you out; this cannot be undone'
    },
    me: {
      title: 'Me',
      notSignedIn: 'You are not signed in',
      signedInAs: 'Signed in as',
      roles: 'Roles',
      devLoginTitle: 'Development sign-in',
      devLoginName: 'Name',
      devLoginNamePlaceholder: 'Enter your name',
      devLoginNameRequired: 'Please enter your name',
      devLogin: 'Sign in (development)',
      useMiniProgram: 'Please sign in from the WeChat mini-program',
      settings: 'Settings',
      elderMode: 'Elder-friendly mode',
      elderModeHint: 'Larger text, higher contrast, simpler pages'
    }
  },
  points: pointsTexts.points,
  console: {
    screening: reportsTexts.screening,
    rewards: pointsTexts.console.rewards,
    pickup: pointsTexts.console.pickup,
    ledger: pointsTexts.console.ledger,
    title: 'GridLink Console',
    login: {
      title: 'Staff sign-in',
      username: 'Username',
      password: 'Password',
      usernameRequired: 'Please enter your username',
      passwordRequired: 'Please enter your password',
      submit: 'Sign in'
    },
    password: {
      title: 'Change password',
      intro: 'This is your first sign-in or your password was reset. Please set a new password.',
      current: 'Current password',
      new: 'New password',
      confirm: 'Confirm new password',
      rules: 'At least 12 characters, with both letters and digits, and not your username.',
      required: 'This field is required',
      tooShort: 'The new password needs at least 12 characters',
      needsLettersAndDigits: 'The new password needs both letters and digits',
      sameAsUsername: 'The new password must not be your username',
      mismatch: 'The two new passwords do not match',
      submit: 'Change password',
      changed: 'Password changed'
    },
    menu: {
      overview: 'Overview',
      audit: 'Audit log',
      staff: 'Staff accounts',
      screening: 'Report screening'
    },
    overview: {
      welcome: 'Welcome, {name}',
      account: 'Current account',
      subject: 'Subject',
      displayName: 'Name',
      roles: 'Roles'
    },
    audit: {
      at: 'Time',
      actor: 'Actor',
      action: 'Action',
      method: 'Method',
      path: 'Path',
      status: 'Status',
      ip: 'IP address',
      detail: 'Details',
      requestId: 'Request ID',
      empty: 'No audit entries yet'
    },
    staff: {
      create: 'New account',
      username: 'Username',
      displayName: 'Name',
      password: 'Initial password',
      roles: 'Roles',
      disabled: 'Disabled',
      locked: 'Locked',
      mustChangePassword: 'Must change password',
      createdAt: 'Created',
      status: 'Status',
      active: 'Active',
      created: 'Account created',
      rolesRequired: 'Select at least one role',
      passwordHint: 'At least 12 characters with letters and digits; changed at first sign-in',
      empty: 'No accounts yet'
    }
  }
}
