// roadmap.js reads the data the export embeds in #tandem-data (see
// htmlData in export_html_data.go): efforts come column by column and
// conflicts as arrays, turned back into objects here, with what the views
// say of them.

const DAY = 864e5
const KINDS = { surface: 'Surface', sequence: 'Broken sequence', metric: 'Metric', declared: 'Declared' }
const CONFLICT_KINDS = [['surface', 'collision'], ['surface', 'disruption'], ['sequence'], ['metric'], ['declared']]

function readRoadmap() {
  const data = JSON.parse(document.getElementById('tandem-data').textContent)
  const lanes = data.lanes
  // efforts come column by column (see htmlEfforts in export_html_data.go)
  const cols = data.efforts
  const efforts = cols.t.map((t, i) => ({
    t, l: cols.l[i], r: cols.r[i], s: cols.s[i], e: cols.e[i], d: cols.d[i], f: cols.f[i], p: cols.p[i],
    c: cols.c[i] === 1, st: cols.st[i], o: cols.o[i], no: cols.no[i], x: cols.x[i],
  }))
  // conflicts come as arrays (see htmlConflict in export_html_data.go)
  data.conflicts = (data.conflicts || []).map(([k, a, b, on, fr, to, d, ac]) => {
    const [kind, sv] = CONFLICT_KINDS[k] || ['conflict']
    return { k: kind, sv, a, b, on: on >= 0 ? data.names[on] : '', fr, to, d, ac: ac === 1 }
  })
  const origin = Date.parse(data.origin + 'T00:00:00Z')
  const unit = data.working ? 'working day' : 'day'
  const dateOf = (day) => new Date(origin + day * DAY).toISOString().slice(0, 10)
  return {
    data,
    lanes,
    efforts,
    origin,
    unit,
    dateOf,
    span: (e) => (e.d === 0 ? `milestone on ${dateOf(e.s)}` : `${dateOf(e.s)} – ${dateOf(e.e)} (${plural(e.d, unit)})`),
    statusOf: (e) => e.st || 'planned',
    laneName: (l) => (lanes[l] ? lanes[l].n : ''),
    // an effort a list names is efforts[i], or others[-1-i] when it is not drawn
    title: (i) => (i >= 0 ? efforts[i].t : data.others[-1 - i].t),
    conflictKind: (c) => (c.k === 'surface' ? `Surface ${c.sv}` : KINDS[c.k] || c.k),
  }
}
