// How the bench measures a page, the same way for Tandem and for vis-timeline:
// the first painted frame with items, main-thread work per frame while panning
// and zooming, and the time from an edit to its frame on screen.

/**
 * firstFrame loads `url` and resolves to the time (ms from navigation start)
 * of the first frame painted with an element matching `selector`: a script
 * installed before the page's own checks every animation frame; once the
 * element is there, the frame after the next requestAnimationFrame is the
 * one that painted it (marked "first-frame"). `dataUrl` names the request
 * that brought the data; its duration is returned too.
 */
export async function firstFrame(page, url, selector, dataUrl) {
  await page.goto('about:blank')
  await page.addInitScript((sel) => {
    window.__firstFrame = new Promise((done) => {
      const check = () => {
        if (document.querySelector(sel)) {
          requestAnimationFrame(() => {
            performance.mark('first-frame')
            done(performance.now())
          })
        } else requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
  }, selector)
  await page.goto(url)
  return page.evaluate(async (dataUrl) => {
    const total = await window.__firstFrame
    const data = performance.getEntriesByType('resource').find((r) => r.name.includes(dataUrl))
    return { total, dataMs: data ? data.responseEnd - data.startTime : NaN }
  }, dataUrl)
}

/**
 * mainThreadTasks runs `fn` while tracing and returns the durations (ms) of
 * the renderer main thread's tasks meanwhile: the work each frame costs,
 * which a frame-to-frame interval (never under the 16.7 ms vsync) cannot show.
 * `cpu` is each task's CPU time (the thread's own time, ms): on a shared
 * machine a task's duration also counts the time the thread waited for a
 * core, its CPU time does not, so binaries compare by it under any load.
 */
export async function mainThreadTasks(page, fn) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,__metadata', transferMode: 'ReportEvents' })
  const result = await fn()
  await cdp.send('Tracing.end')
  await done
  await cdp.detach()
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  const tasks = events.filter((e) => isTask(e) && mains.has(`${e.pid}:${e.tid}`))
  const kept = tasks.filter((e) => e.dur > 50)
  return { result, tasks: kept.map((e) => e.dur / 1000), cpu: kept.map((e) => (e.tdur ?? NaN) / 1000) }
}

export function p95(xs) {
  if (!xs?.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]
}

export function max(xs) {
  return xs?.length ? Math.max(...xs) : NaN
}

/**
 * frames drives `app` ('tandem' or 'vis') for `count` animation frames and
 * returns each frame's duration (ms); `idle` more frames follow with no input
 * (while the last step settles). Pan: 60 px to the right every frame, 40 px
 * down every 4th. Zoom: Ctrl+wheel (deltaY ±60) at the same point of the
 * chart, 15 frames in, 15 out. Both are what a user's input does: Tandem
 * scrolls its grid and gets wheel events; vis-timeline gets its window moved
 * (as its drag does) and wheel events.
 */
export function frames(page, app, kind, count, idle = 0) {
  return page.evaluate(
    ({ app, kind, count, idle }) =>
      new Promise((done) => {
        const target = app === 'tandem' ? document.querySelector('[role="grid"]') : document.querySelector('.vis-panel.vis-center')
        const rect = target.getBoundingClientRect()
        // The same point of the chart: 700 px into Tandem's grid is 480 px past its 220 px lane column.
        const at = app === 'tandem' ? { x: rect.left + 700, y: rect.top + 200 } : { x: rect.left + 480, y: rect.top + 150 }
        const wheel = (deltaY, ctrlKey) =>
          target.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }))
        const pan = (i) => {
          if (app === 'tandem') {
            target.scrollLeft += 60
            if (i % 4 === 0) target.scrollTop += 40
          } else {
            const { timeline } = window.bench
            const w = timeline.getWindow()
            const ms = ((w.end - w.start) / rect.width) * 60
            timeline.setWindow(+w.start + ms, +w.end + ms, { animation: false })
            if (i % 4 === 0) wheel(40, false)
          }
        }
        const times = []
        let last = performance.now()
        let i = 0
        const tick = () => {
          const now = performance.now()
          if (i > 0) times.push(now - last)
          last = now
          if (i++ >= count + idle) return done(times)
          if (i <= count) {
            if (kind === 'pan') pan(i)
            else wheel(Math.floor(i / 15) % 2 === 1 ? 60 : -60, true)
          }
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    { app, kind, count, idle },
  )
}

/**
 * ZOOM_PRESSES is how far both apps zoom in from the whole-roadmap view
 * before panning: Tandem's + key that many times (1.25 each), vis-timeline a
 * window as many times narrower. A 2-year roadmap then shows about 3 months,
 * so 120 pan frames of 60 px move through the roadmap and never hit its end.
 */
export const ZOOM_PRESSES = 9
export const ZOOM_IN = 1.25 ** ZOOM_PRESSES

/** settle lets the page finish pending work (idle callbacks, redraws). */
export function settle(page, ms = 300) {
  return page.waitForTimeout(ms)
}

/**
 * WHEEL_NOTCHES is how many wheel notches `wheelScroll` turns: down through
 * the lanes, then back up.
 */
export const WHEEL_NOTCHES = 40

/**
 * wheelScroll turns the mouse wheel over the chart as a user does (real
 * input through the browser, not a script setting scrollTop): WHEEL_NOTCHES
 * notches of 100 px, 30 ms apart, half down and half up, with the pointer
 * 700 px into the grid. It resolves when the last notch has settled.
 */
export async function wheelScroll(page, selector) {
  const box = await page.locator(selector).boundingBox()
  await page.mouse.move(box.x + Math.min(700, box.width / 2), box.y + Math.min(300, box.height / 2))
  for (let i = 0; i < WHEEL_NOTCHES; i++) {
    await page.mouse.wheel(0, i < WHEEL_NOTCHES / 2 ? 100 : -100)
    await page.waitForTimeout(30)
  }
  await settle(page, 500)
}

/** sum adds up durations (NaN when there are none). */
export function sum(xs) {
  return xs?.length ? xs.reduce((a, b) => a + b, 0) : NaN
}

/** over counts the tasks longer than ms. */
export function over(xs, ms) {
  return xs?.filter((x) => x > ms).length ?? NaN
}
