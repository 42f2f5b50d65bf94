// The vis-timeline side of `npm run bench`: renders /data/<n>.json (the same
// efforts Tandem draws: groups = lanes, items = efforts with their scheduled
// start and end) with vis-timeline's standalone build, in a box the size of
// Tandem's timeline, showing the whole roadmap like Tandem's first view.
// window.bench = { timeline, items, start: data.start, end: data.end } for the bench's pan, zoom and edit.
const n = new URLSearchParams(location.search).get('n')
const data = await (await fetch(`/data/${n}.json`)).json()

const margin = (data.end - data.start) * 0.03 / 0.94
const groups = new vis.DataSet(data.lanes.map((l, i) => ({ id: l.id, content: l.name, order: i })))
const items = new vis.DataSet(
  data.efforts.map((e) => ({ id: e.id, group: e.lane, content: e.title, start: e.start, end: e.end, type: 'range' })),
)
const timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, {
  start: data.start - margin,
  end: data.end + margin,
  height: '600px',
  orientation: 'top',
  stack: true,
  groupOrder: 'order',
  verticalScroll: true,
  zoomKey: 'ctrlKey',
  editable: true,
  selectable: true,
  dataAttributes: ['id'],
})
window.bench = { timeline, items, start: data.start, end: data.end }
