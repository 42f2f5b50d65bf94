// page.js draws the swimlanes of the roadmap into an SVG, only what is in
// view (so a roadmap of 20,000 efforts opens at once), with zoom, hover and
// focus details, and puts the lists below it. Read-only; no network.
;(() => {
  const rm = readRoadmap()
  const { data, lanes, efforts, origin, unit, dateOf, span, statusOf, laneName, title, conflictKind } = rm
  const ROW = 26
  const BAR = 18
  const PAD = 6
  const AXIS = 44
  const LABELS = 176
  const RIGHT = 96 // room after the last day, for a milestone's label

  // --- geometry -----------------------------------------------------------
  const laneTop = []
  let bodyHeight = 0
  for (const l of lanes) {
    laneTop.push(bodyHeight)
    bodyHeight += l.r * ROW + 2 * PAD
  }
  const barY = (e) => AXIS + laneTop[e.l] + PAD + e.r * ROW + (ROW - BAR) / 2
  // efforts of each lane by first day, and the longest, to find what is in view
  const byLane = lanes.map(() => [])
  efforts.forEach((e, i) => byLane[e.l].push(i))
  const longest = byLane.map((list) => {
    list.sort((a, b) => efforts[a].s - efforts[b].s || a - b)
    return list.reduce((m, i) => Math.max(m, efforts[i].e - efforts[i].s), 0)
  })
  const DEP_TYPES = ['FS', 'SS', 'FF', 'SF']
  const openByEffort = new Map()
  data.conflicts.forEach((c, k) => {
    for (const i of [c.a, c.b]) if (i >= 0) openByEffort.set(i, (openByEffort.get(i) || []).concat(k))
  })

  // --- page skeleton ------------------------------------------------------
  const chart = document.getElementById('chart')
  const scroller = document.getElementById('scroller')
  const spacer = document.getElementById('spacer')
  const tip = document.getElementById('tip')
  const zoomLevel = document.getElementById('zoom-level')
  // the bars take the focus, not the drawing or its scroller
  const canvas = svg('svg', { role: 'group', 'aria-label': 'Swimlanes', tabindex: '-1' })
  scroller.tabIndex = -1
  const defs = svg('defs', {})
  for (const [id, cls] of [['arrow', 'arrowhead'], ['arrow-critical', 'arrowhead critical']]) {
    const m = svg('marker', { id, viewBox: '0 0 8 8', refX: '7', refY: '4', markerWidth: '7', markerHeight: '7', orient: 'auto' })
    m.appendChild(svg('path', { d: 'M0,0 L8,4 L0,8 z', class: cls }))
    defs.appendChild(m)
  }
  const clip = svg('clipPath', { id: 'body-clip' })
  const clipRect = svg('rect', { x: LABELS, y: AXIS })
  clip.appendChild(clipRect)
  defs.appendChild(clip)
  const axisClip = svg('clipPath', { id: 'axis-clip' })
  const axisClipRect = svg('rect', { x: LABELS, y: 0, height: AXIS })
  axisClip.appendChild(axisClipRect)
  defs.appendChild(axisClip)
  canvas.appendChild(defs)
  const layer = svg('g', {})
  canvas.appendChild(layer)
  chart.appendChild(canvas)
  chart.style.height = `${Math.min(Math.max(AXIS + bodyHeight + 18, 220), Math.round(window.innerHeight * 0.66))}px`

  // --- zoom ---------------------------------------------------------------
  let ppd = 1 // pixels per day
  const MIN_PPD = 0.02
  const MAX_PPD = 96
  const viewW = () => scroller.clientWidth
  const viewH = () => scroller.clientHeight
  const fitPPD = () => Math.min(MAX_PPD, Math.max(MIN_PPD, (viewW() - LABELS - RIGHT) / Math.max(data.days, 1)))
  const resize = () => {
    spacer.style.width = `${LABELS + Math.ceil(data.days * ppd) + RIGHT}px`
    spacer.style.height = `${AXIS + bodyHeight + 8}px`
    zoomLevel.textContent = ppd >= 1 ? `${Math.round(ppd)} px/day` : `${Math.round(ppd * 7 * 10) / 10} px/wk`
  }
  /** zoomTo sets the scale, keeping the day under x (px from the chart's left) in place. */
  const zoomTo = (next, x) => {
    next = Math.min(MAX_PPD, Math.max(MIN_PPD, next))
    const anchor = x === undefined ? LABELS + (viewW() - LABELS) / 2 : Math.max(x, LABELS)
    const day = (scroller.scrollLeft + anchor - LABELS) / ppd
    ppd = next
    resize()
    scroller.scrollLeft = day * ppd - (anchor - LABELS)
    draw()
  }
  document.getElementById('zoom-in').addEventListener('click', () => zoomTo(ppd * 1.5))
  document.getElementById('zoom-out').addEventListener('click', () => zoomTo(ppd / 1.5))
  document.getElementById('zoom-fit').addEventListener('click', () => {
    scroller.scrollLeft = 0
    zoomTo(fitPPD(), LABELS)
  })
  canvas.addEventListener(
    'wheel',
    (ev) => {
      if (ev.ctrlKey || ev.metaKey) {
        ev.preventDefault()
        zoomTo(ppd * Math.exp(-ev.deltaY * 0.002), ev.clientX - chart.getBoundingClientRect().left)
        return
      }
      const dx = ev.shiftKey ? ev.deltaY : ev.deltaX
      const dy = ev.shiftKey ? 0 : ev.deltaY
      const left = scroller.scrollLeft
      const top = scroller.scrollTop
      scroller.scrollLeft += dx
      scroller.scrollTop += dy
      if (scroller.scrollLeft !== left || scroller.scrollTop !== top) ev.preventDefault()
    },
    { passive: false },
  )
  // keyboard: + and - zoom; the chart is one Tab stop, and the arrow keys
  // walk its bars (right and down: the next in lane order)
  const STEP = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }
  chart.addEventListener('keydown', (ev) => {
    if (ev.key === '+' || ev.key === '=') zoomTo(ppd * 1.5)
    else if (ev.key === '-') zoomTo(ppd / 1.5)
    else if (STEP[ev.key] && focused >= 0) {
      const order = Array.from(drawn.keys())
      const next = order[order.indexOf(focused) + STEP[ev.key]]
      if (next === undefined) return
      drawn.get(next).focus({ preventScroll: true })
    } else return
    ev.preventDefault()
  })
  let pending = 0
  scroller.addEventListener('scroll', () => {
    if (!pending) pending = requestAnimationFrame(() => ((pending = 0), draw()))
  })
  window.addEventListener('resize', () => {
    chart.style.height = `${Math.min(Math.max(AXIS + bodyHeight + 18, 220), Math.round(window.innerHeight * 0.66))}px`
    resize()
    draw()
  })

  // --- drawing ------------------------------------------------------------
  const MAX_BARS = 4000 // per frame; more would be a blur at that zoom anyway
  const MAX_ARROWS_FAR = 400
  let drawn = new Map() // effort index -> its <g>
  let focused = -1

  /** draw rebuilds the view: what is in view of lanes, bars, arrows, axis. */
  function draw() {
    const w = viewW()
    const h = viewH()
    const sx = scroller.scrollLeft
    const sy = scroller.scrollTop
    canvas.setAttribute('width', w)
    canvas.setAttribute('height', h)
    canvas.setAttribute('viewBox', `0 0 ${w} ${h}`)
    clipRect.setAttribute('width', Math.max(w - LABELS, 0))
    clipRect.setAttribute('height', Math.max(h - AXIS, 0))
    axisClipRect.setAttribute('width', Math.max(w - LABELS, 0))
    const x = (day) => LABELS + day * ppd - sx
    const dayLo = Math.floor(sx / ppd) - 1
    const dayHi = Math.ceil((sx + w - LABELS) / ppd) + 1
    const keepFocus = focused >= 0 && document.activeElement && document.activeElement.closest && document.activeElement.closest('.bar')

    const frag = document.createDocumentFragment()
    const body = svg('g', { 'clip-path': 'url(#body-clip)' })
    const bars = svg('g', {})
    const deps = svg('g', {})
    // lane bands
    lanes.forEach((l, k) => {
      const top = AXIS + laneTop[k] - sy
      const height = l.r * ROW + 2 * PAD
      if (top > h || top + height < AXIS) return
      body.appendChild(svg('rect', { x: LABELS, y: top, width: w, height, class: k % 2 ? 'lane-band odd' : 'lane-band' }))
      body.appendChild(svg('line', { x1: 0, x2: w, y1: top + height - 0.5, y2: top + height - 0.5, class: 'lane-line' }))
    })
    const ticks = axisTicks(dayLo, dayHi, ppd, origin)
    for (const t of ticks.lines) body.appendChild(svg('line', { x1: x(t), x2: x(t), y1: AXIS, y2: h, class: 'grid' }))
    body.appendChild(deps)
    body.appendChild(bars)
    if (data.today >= dayLo && data.today <= dayHi) {
      body.appendChild(svg('line', { x1: x(data.today), x2: x(data.today), y1: AXIS, y2: h, class: 'today-line' }))
    }

    // bars in view
    const next = new Map()
    let count = 0
    let hidden = 0
    lanes.forEach((l, k) => {
      const top = AXIS + laneTop[k] - sy
      if (top > h || top + l.r * ROW + 2 * PAD < AXIS) return
      const list = byLane[k]
      let lo = 0
      let hi = list.length
      const from = dayLo - longest[k]
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (efforts[list[mid]].s < from) lo = mid + 1
        else hi = mid
      }
      for (let j = lo; j < list.length; j++) {
        const i = list[j]
        const e = efforts[i]
        if (e.s > dayHi) break
        if (e.e < dayLo) continue
        const y = barY(e) - sy
        if (y > h || y + BAR < AXIS) continue
        if (count >= MAX_BARS) {
          hidden++
          continue
        }
        count++
        const g = bar(i, e, l, x(e.s), y)
        next.set(i, g)
        bars.appendChild(g)
      }
    })
    drawn = next
    // arrows of the drawn bars, once they can be told apart: at 3 px a day
    // or more, or with at most MAX_ARROWS_FAR bars in view
    let arrows = 0
    const showArrows = ppd >= 3 || count <= MAX_ARROWS_FAR
    for (let k = 0; showArrows && k < data.deps.length && arrows <= MAX_BARS; k += 3) {
      const a = data.deps[k]
      const b = data.deps[k + 1]
      if (!(drawn.has(a) || drawn.has(b))) continue
      deps.appendChild(arrow(efforts[a], efforts[b], DEP_TYPES[data.deps[k + 2]], x, sy))
      arrows++
    }
    frag.appendChild(body)
    if (hidden > 0) frag.appendChild(svg('text', { x: w - 8, y: h - 8, 'text-anchor': 'end', class: 'more' })).textContent = `${hidden} more bars: zoom in to see them`

    // axis (fixed at the top) and lane names (fixed at the left)
    frag.appendChild(svg('rect', { x: 0, y: 0, width: w, height: AXIS, class: 'axis-bg' }))
    const axis = svg('g', { 'clip-path': 'url(#axis-clip)' })
    axis.appendChild(svg('line', { x1: 0, x2: w, y1: AXIS - 0.5, y2: AXIS - 0.5, class: 'axis-line' }))
    // a label stays in view while any of its days is, until the next one pushes it
    for (const row of [0, 1]) {
      const list = ticks.labels.filter((t) => t.row === row).sort((a, b) => a.day - b.day)
      list.forEach((t, k) => {
        const next = k + 1 < list.length ? x(list[k + 1].day) - 7 * t.text.length - 8 : Infinity
        t.x = Math.min(Math.max(x(t.day) + 4, LABELS + 4), next)
      })
    }
    for (const t of ticks.labels) {
      if (t.x < LABELS || x(t.day) > w) continue
      const text = svg('text', { x: t.x, y: t.row ? 36 : 17, class: t.row ? 'axis-text' : 'axis-year' })
      text.textContent = t.text
      axis.appendChild(text)
      if (t.row) axis.appendChild(svg('line', { x1: x(t.day), x2: x(t.day), y1: 24, y2: AXIS, class: 'axis-line' }))
    }
    if (data.today >= dayLo && data.today <= dayHi && x(data.today) > LABELS) {
      const tx = svg('text', { x: x(data.today) + 4, y: AXIS - 26 + 4, class: 'today-text' })
      tx.textContent = 'Today'
      axis.appendChild(tx)
    }
    frag.appendChild(axis)
    const names = svg('g', {})
    names.appendChild(svg('rect', { x: 0, y: 0, width: LABELS, height: h, class: 'labels-bg' }))
    names.appendChild(svg('line', { x1: LABELS - 0.5, x2: LABELS - 0.5, y1: 0, y2: h, class: 'axis-line' }))
    lanes.forEach((l, k) => {
      const top = AXIS + laneTop[k] - sy
      if (top > h || top + l.r * ROW + 2 * PAD < AXIS) return
      names.appendChild(svg('rect', { x: 0, y: Math.max(top, AXIS), width: 4, height: l.r * ROW + 2 * PAD, fill: l.c }))
      const name = svg('text', { x: 14, y: Math.max(top, AXIS) + 20, class: 'lane-name' })
      name.textContent = clipText(l.n, LABELS - 22, 7.2)
      const full = svg('title', {})
      full.textContent = l.n
      name.appendChild(full)
      names.appendChild(name)
      const n = svg('text', { x: 14, y: Math.max(top, AXIS) + 36, class: 'lane-count' })
      n.textContent = plural(byLane[k].length, 'effort')
      names.appendChild(n)
    })
    names.appendChild(svg('line', { x1: 0, x2: w, y1: AXIS - 0.5, y2: AXIS - 0.5, class: 'axis-line' }))
    frag.appendChild(names)
    layer.replaceChildren(frag)
    const stop = drawn.get(focused) || drawn.values().next().value
    if (stop) stop.setAttribute('tabindex', '0')
    if (keepFocus && drawn.has(focused)) drawn.get(focused).focus({ preventScroll: true })
  }

  /** bar draws effort i: a tinted bar (or a diamond), its label, its conflict badge. */
  function bar(i, e, l, x0, y) {
    const g = svg('g', { class: 'bar', tabindex: '-1', role: 'img', 'data-i': i })
    g.style.setProperty('--lane', l.c)
    if (e.c) g.classList.add('critical')
    if (statusOf(e) === 'done') g.classList.add('done')
    g.setAttribute('aria-label', `${e.t}, ${span(e)}`)
    let right
    if (e.d === 0) {
      g.classList.add('milestone')
      const cx = x0 + ppd / 2
      const cy = y + BAR / 2
      const r = ppd >= 3 ? BAR / 2 + 1 : BAR / 3
      g.appendChild(svg('path', { d: `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}z`, class: 'body' }))
      right = cx + r
      if (ppd >= 2) addLabel(g, e.t, cx + r + 4, y, 160)
    } else {
      // a bar that goes on past the window ends at its edge
      const first = Math.max(e.s, 0)
      x0 += (first - e.s) * ppd
      const width = Math.max((Math.min(e.e, data.days - 1) - first + 1) * ppd - 1, 2)
      g.appendChild(svg('rect', { x: x0, y, width, height: BAR, rx: Math.min(4, width / 4), class: 'body' }))
      if (width > 6) g.appendChild(svg('rect', { x: x0, y, width: 3, height: BAR, rx: 1.5, class: 'edge' }))
      // the label stays at the left edge of the view while the bar goes on
      const lx = Math.max(x0 + 8, LABELS + 6)
      if (x0 + width - lx > 30) addLabel(g, e.t, lx, y, x0 + width - lx - 6)
      right = x0 + width
    }
    if (e.x && ppd < 3) {
      g.classList.add('conflicted') // far out, a badge per bar would be a blur
    } else if (e.x) {
      g.appendChild(svg('circle', { cx: right, cy: y, r: 7, class: 'badge' }))
      const t = svg('text', { x: right, y: y + 3.5, class: 'badge-text' })
      t.textContent = e.x > 9 ? '9+' : String(e.x)
      g.appendChild(t)
    }
    return g
  }

  function addLabel(g, text, x, y, room) {
    const t = svg('text', { x, y: y + BAR / 2 + 4, class: 'label' })
    t.textContent = clipText(text, room, 6.6)
    if (t.textContent) g.appendChild(t)
  }

  /** clipText shortens text to about room pixels (charWidth per character). */
  function clipText(text, room, charWidth) {
    const chars = Array.from(text)
    const n = Math.floor(room / charWidth)
    if (n < 3) return ''
    return chars.length <= n ? text : chars.slice(0, n - 1).join('') + '…'
  }

  /** arrow draws a dependency from the side of a that it constrains to the side of b. */
  function arrow(a, b, type, x, sy) {
    const fromEnd = type === 'FS' || type === 'FF'
    const toEnd = type === 'FF' || type === 'SF'
    const x1 = fromEnd ? x(a.e + 1) : x(a.s)
    const x2 = toEnd ? x(b.e + 1) : x(b.s)
    const y1 = barY(a) - sy + BAR / 2
    const y2 = barY(b) - sy + BAR / 2
    const out = fromEnd ? 8 : -8
    const into = toEnd ? 8 : -8
    const critical = a.c && b.c
    return svg('path', {
      d: `M${x1},${y1} h${out} V${(y1 + y2) / 2} H${x2 + into} V${y2} H${x2 + (toEnd ? 2 : -2)}`,
      class: critical ? 'dep critical' : 'dep',
      'marker-end': critical ? 'url(#arrow-critical)' : 'url(#arrow)',
    })
  }

  // --- details on hover and focus -----------------------------------------
  function details(i) {
    const e = efforts[i]
    tip.replaceChildren(
      line('div', 't', u(e.t)),
      line('div', 'r', u(laneName(e.l)), ` · ${statusOf(e)}`),
      el('div', 'r', span(e)),
    )
    if (e.o) tip.appendChild(line('div', 'r', 'Owner: ', u(e.o)))
    tip.appendChild(e.c ? el('div', 'crit', 'On the critical path') : el('div', 'r', `Float: ${plural(e.f, unit)}`))
    if (e.p) tip.appendChild(el('div', 'warn', `Slips ${plural(e.p, unit)} past its planned start`))
    for (const k of (openByEffort.get(i) || []).slice(0, 5)) {
      const c = data.conflicts[k]
      const other = c.a === i ? c.b : c.a
      tip.appendChild(line('div', c.ac ? 'r' : 'warn', `${conflictKind(c)} with “`, u(title(other)), `”${c.ac ? ' (accepted)' : ''}`))
    }
    if (e.no) tip.appendChild(line('div', 'notes', u(e.no.length > 400 ? e.no.slice(0, 400) + '…' : e.no)))
    tip.hidden = false
  }
  function place(rect) {
    const tw = tip.offsetWidth
    const th = tip.offsetHeight
    let left = Math.min(rect.left, window.innerWidth - tw - 8)
    let top = rect.bottom + 8
    if (top + th > window.innerHeight - 8) top = Math.max(rect.top - th - 8, 8)
    tip.style.left = `${Math.max(left, 8)}px`
    tip.style.top = `${top}px`
  }
  const barOf = (target) => (target && target.closest ? target.closest('.bar') : null)
  canvas.addEventListener('pointerover', (ev) => {
    const g = barOf(ev.target)
    if (!g) return
    details(Number(g.getAttribute('data-i')))
    place({ left: ev.clientX + 12, top: ev.clientY, bottom: ev.clientY + 12 })
  })
  canvas.addEventListener('pointermove', (ev) => {
    if (!tip.hidden && barOf(ev.target)) place({ left: ev.clientX + 12, top: ev.clientY, bottom: ev.clientY + 12 })
  })
  canvas.addEventListener('pointerout', (ev) => {
    if (barOf(ev.target) && !barOf(ev.relatedTarget) && !barOf(document.activeElement)) tip.hidden = true
  })
  canvas.addEventListener('focusin', (ev) => {
    const g = barOf(ev.target)
    if (!g) return
    for (const other of drawn.values()) if (other !== g) other.setAttribute('tabindex', '-1')
    g.setAttribute('tabindex', '0')
    focused = Number(g.getAttribute('data-i'))
    details(focused)
    place(g.getBoundingClientRect())
  })
  canvas.addEventListener('focusout', (ev) => {
    if (!barOf(ev.relatedTarget)) ((tip.hidden = true), (focused = -1))
  })

  /** reveal scrolls effort i into the middle of the view and focuses its bar. */
  function reveal(i) {
    const e = efforts[i]
    chart.scrollIntoView({ block: 'nearest' })
    scroller.scrollLeft = e.s * ppd - (viewW() - LABELS) / 3
    scroller.scrollTop = barY(e) - AXIS - viewH() / 3
    draw()
    focused = i
    const g = drawn.get(i)
    if (g) g.focus({ preventScroll: true })
  }

  // --- start --------------------------------------------------------------
  const meta = document.getElementById('meta')
  meta.textContent = `${data.start} – ${data.finish} · ${plural(lanes.length, 'lane')}, ${plural(efforts.length, 'effort')}` +
    (data.today >= 0 && data.today < data.days ? ` · today ${dateOf(data.today)}` : '') +
    (data.window ? ` · showing ${dateOf(0)} – ${dateOf(data.days - 1)}` : '')
  ppd = fitPPD()
  resize()
  draw()
  // the lists (below the chart) come after the chart's first frame, which
  // is marked for timings (ms since navigation start)
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('tandem-first-frame')
      renderLists(document.getElementById('lists'), rm, reveal)
      document.documentElement.dataset.ready = 'true'
    }, 0),
  )
})()
