// edit-in-page.js is the edit timing that runs inside Tandem's page: the
// same function in headless Chromium (bench/tandem.mjs, serve mode) and in
// the desktop window under Xvfb (desktop_bench.go, the Wails bridge). It is
// one function expression, evaluated as it is: (source)(edits, zoomPresses).
//
// It waits (up to 2 minutes) for the timeline to draw an effort, zooms in
// with + zoomPresses times and scrolls to the chart's start, selects the
// first effort with Tab (the keyboard's walk), then presses → `edits` times.
// Each time it measures from the key press to the frame that shows the
// moved effort (its bar's position or days, data-days, changed): the edit
// saved and re-analysed by the backend, the reply applied and drawn. It resolves to { times, ms } (ms: the median), with
// domMs (median time from the key to the moved effort's new position in
// the DOM: the reply applied, laid out and rendered by Svelte) and
// scrolled (how many of the edits scrolled the view: an edit that repacks
// the lane can move the bar to another sub-row, and the view follows it);
// in the desktop window also bridgeMs: the median time of the UpdateEffort
// call through the Wails bridge (the backend's edit, both crossings, the
// JSON) and bridges, each call's time, rounded (the first edits of a run
// show there); doms, each edit's time to the DOM, rounded; and settledMs:
// the median time from the key to the frame after the last one that
// changed the page (the moved bar's frame, or a later one where a part
// follows the timeline a frame late, as the inspector does).
(async function tandemEditBench(edits, zoomPresses) {
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms))
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()))
  const key = (target, k) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }))
  const grid = () => document.querySelector('[role="grid"]')
  const deadline = performance.now() + 120000
  while (!grid()?.querySelector('[data-id]')) {
    if (performance.now() > deadline) throw new Error('the timeline drew no effort within 2 minutes')
    await sleep(100)
  }
  await sleep(300)
  for (let i = 0; i < zoomPresses; i++) {
    key(window, '+')
    await sleep(50)
  }
  grid().scrollTo({ left: 0, top: 0 })
  await sleep(300)
  grid().focus()
  key(grid(), 'Tab')
  await sleep(300)
  const selected = () => grid().querySelector('.selected[data-id]')
  if (!selected()) throw new Error('Tab selected no effort')
  const id = selected().getAttribute('data-id')
  // Where the bar is and which days it draws: zoomed out under a pixel a day, a day's move often
  // leaves the bar on the same whole pixel (the same transform), and only its days tell it moved.
  const at = () => {
    const bar = grid().querySelector(`[data-id="${CSS.escape(id)}"]`)
    return bar ? `${bar.getAttribute('transform')} ${bar.getAttribute('data-days')}` : undefined
  }
  const bridge = []
  const app = window.go?.main?.App
  if (app?.UpdateEffort) {
    const call = app.UpdateEffort
    app.UpdateEffort = async (...args) => {
      const t = performance.now()
      try {
        return await call(...args)
      } finally {
        bridge.push(performance.now() - t)
      }
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const times = []
  const domTimes = []
  let scrolled = 0
  // every change to the page, for when an edit has settled
  let changes = 0
  const page = new MutationObserver((records) => (changes += records.length))
  const count = () => (changes += page.takeRecords().length)
  page.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true })
  const settledTimes = []
  for (let i = 0; i < edits; i++) {
    const before = at()
    const scroll = [grid().scrollLeft, grid().scrollTop]
    let dom = 0
    const seen = new MutationObserver(() => {
      const now = at()
      if (!dom && now && now !== before) dom = performance.now()
    })
    seen.observe(grid(), { subtree: true, attributes: true, childList: true })
    const t0 = performance.now()
    key(window, 'ArrowRight')
    let atMove = 0
    for (;;) {
      await frame()
      const now = at()
      if (now && now !== before) {
        atMove = count()
        break
      }
      if (performance.now() - t0 > 30000) throw new Error(`edit ${i + 1}: the effort did not move within 30 s`)
    }
    await frame()
    times.push(performance.now() - t0)
    seen.disconnect()
    // settled: the frame after the last one that drew a change (a frame passed with none)
    let settled = performance.now()
    for (let drawn = atMove, f = 0; f < 30; f++) {
      const now = count()
      if (now === drawn) break
      drawn = now
      await frame()
      settled = performance.now()
    }
    settledTimes.push(settled - t0)
    if (dom) domTimes.push(dom - t0)
    if (grid().scrollLeft !== scroll[0] || grid().scrollTop !== scroll[1]) scrolled++
    await sleep(150)
  }
  page.disconnect()
  const r = { times, ms: median(times), domMs: domTimes.length ? median(domTimes) : null, doms: domTimes.map(Math.round), settledMs: median(settledTimes), scrolled }
  return bridge.length ? { ...r, bridgeMs: median(bridge), bridges: bridge.map(Math.round) } : r
})
