// lists.js: the analysis below the chart, each list in a card of at most
// MAX_ITEMS items; an effort shown in the chart is a button that reveals it.

const MAX_ITEMS = 300

/** card is one list: a heading, the items (rendered by render) or empty. */
function card(heading, items, render, empty, count) {
  const c = el('section', 'card')
  c.appendChild(el('h2', '', heading))
  if (items.length === 0) {
    c.appendChild(el('p', 'empty', empty))
    return c
  }
  const list = el(heading === 'Critical path' ? 'ol' : 'ul')
  for (const item of items.slice(0, MAX_ITEMS)) {
    const li = el('li')
    render(li, item)
    list.appendChild(li)
  }
  c.appendChild(list)
  const total = Math.max(items.length, count || 0)
  if (total > MAX_ITEMS) c.appendChild(el('p', 'rest', `… and ${total - MAX_ITEMS} more`))
  return c
}

/** renderLists fills root with the lists of roadmap rm (readRoadmap). */
function renderLists(root, rm, reveal) {
  const { data, efforts, unit, dateOf, span, laneName, title, conflictKind } = rm
  function effortLink(i) {
    if (i < 0) return line('span', '', u(title(i)), el('span', 'sub', ' (not shown)'))
    const b = line('button', 'link', u(efforts[i].t))
    b.type = 'button'
    b.addEventListener('click', () => reveal(i))
    return b
  }
  root.appendChild(
    card('Critical path', data.critical || [], (li, i) => {
      li.append(effortLink(i), line('span', 'sub', ' · ', u(laneName(efforts[i].l)), ` · ${span(efforts[i])}`))
    }, 'Nothing is critical.'),
  )
  const open = data.conflicts.filter((c) => !c.ac).length
  root.appendChild(
    card(`Conflicts (${open} open)`, data.conflicts, (li, c) => {
      li.append(el('strong', '', conflictKind(c)), ': ', effortLink(c.a), ' × ', effortLink(c.b))
      const when = c.d > 0 ? `${dateOf(c.fr)} – ${dateOf(c.to)} (${plural(c.d, unit)})` : ''
      if (c.on || when) li.append(line('div', 'sub', ...(c.on ? [u(c.on)] : []), c.on && when ? ', ' : '', when))
      if (c.ac) li.append(el('span', 'tag', 'accepted'))
    }, 'No conflicts.'),
  )
  root.appendChild(
    card(`Opportunities to integrate (${data.opportunityCount})`, data.opportunities || [], (li, o) => {
      li.append(effortLink(o.a), ' + ', effortLink(o.b))
      const via = o.v.flatMap((v, k) => (k ? [', ', u(v)] : [u(v)]))
      li.append(line('div', 'sub', 'via ', ...via, ` · score ${o.s.toFixed(2)}`))
    }, 'No open opportunities.', data.opportunityCount),
  )
  root.appendChild(
    card('Shared metrics', data.sharedMetrics || [], (li, m) => {
      const names = m.l.flatMap((l, k) => (k ? [', ', u(l)] : [u(l)]))
      li.append(line('strong', '', u(m.m)), line('div', 'sub', ...names, ` · ${plural(m.n, 'effort')}`))
    }, 'No metric is moved by two lanes.'),
  )
  const f = data.coordination
  const figures = el('section', 'card')
  figures.appendChild(el('h2', '', data.window ? 'Coordination (whole roadmap)' : 'Coordination'))
  const dl = el('dl', 'figures')
  for (const [k, v] of [
    ['Dependencies', f.dependencies],
    ['Across lanes', f.crossLaneDependencies],
    ['Blocked events', f.blockedEvents],
    [`Blocked ${unit}s`, f.blockedDays],
    ['Waiting on another lane', `${f.crossLaneBlockedDays} ${unit}s`],
    ['Open conflicts', f.openConflicts],
    ['Across lanes', f.crossLaneConflicts],
    ['Opportunities', f.opportunities],
  ]) dl.append(el('dt', '', k), el('dd', '', String(v)))
  figures.appendChild(dl)
  root.appendChild(figures)
  root.appendChild(
    card('Not doing', data.notDoing || [], (li, k) => {
      li.append(u(k.t), line('span', 'sub', ' · ', u(laneName(k.l))))
    }, 'Nothing was killed.'),
  )
}
