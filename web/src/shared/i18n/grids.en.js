// Grid and worker texts (console grid import, grids, workers; portal map), merged into en.js.
// Keys must match grids.zh-CN.js.
export default {
  grids: {
    menu: { import: 'Grid import', list: 'Grids', workers: 'Grid workers' },
    code: 'Code',
    name: 'Name',
    type: 'Type',
    community: 'Community',
    types: { COMPREHENSIVE: 'Comprehensive', DEDICATED: 'Dedicated' },
    import: {
      title: 'Import grid boundaries',
      hint: 'Upload a GeoJSON FeatureCollection. It is checked as a whole first; nothing is changed until you apply it.',
      choose: 'Choose a GeoJSON file',
      apply: 'Apply import',
      notGeoJson: 'The file is not a GeoJSON FeatureCollection.',
      valid: 'No problems in {n} grids: ready to apply.',
      applied: 'Imported: {created} new, {updated} updated, {unchanged} unchanged.',
      feature: 'Feature',
      kind: 'Problem',
      message: 'Details',
      kinds: {
        overlap: 'Overlap',
        hole: 'Gap',
        'invalid-polygon': 'Invalid polygon',
        'duplicate-code': 'Duplicate code',
        'too-few-points': 'Too few points'
      }
    },
    list: {
      title: 'Grids',
      searchHint: 'Grid name or code',
      search: 'Search',
      empty: 'No grids',
      open: 'Details',
      exportAll: 'Export all (GeoJSON)',
      exportOne: 'Export (GeoJSON)',
      pdf: 'Notice board PDF',
      office: 'Community office',
      workers: 'Grid workers',
      noWorkers: 'No workers yet',
      versions: 'Boundary versions',
      validFrom: 'Valid from',
      validTo: 'Valid to',
      current: 'Current'
    },
    portal: {
      byMap: 'Or tap your home on the map',
      found: 'Your grid: {name}',
      openBoard: 'Open the notice board'
    }
  },
  workers: {
    title: 'Grid workers',
    create: 'New worker',
    edit: 'Edit worker',
    save: 'Save',
    empty: 'No workers yet',
    name: 'Name',
    role: 'Role',
    roles: {
      GRID_CHIEF: 'Grid chief',
      GRID_MANAGER: 'Grid manager',
      GRID_WORKER: 'Grid worker',
      GRID_INFORMANT: 'Grid informant'
    },
    fullTime: 'Employment',
    fullTimeYes: 'Full-time',
    fullTimeNo: 'Part-time',
    photo: 'Photo',
    hasPhoto: 'Photo on file',
    officePhone: 'Office phone (public)',
    privatePhone: 'Private phone',
    privateHint: 'Never shown to residents',
    duties: 'Duties',
    dutiesHint: 'Separate items with 、 or commas',
    serviceHours: 'Service hours',
    onDuty: 'Status',
    onDutyYes: 'On duty',
    away: 'Away',
    grids: 'Grids served',
    gridsHint: 'Search grids by name or code'
  }
}
