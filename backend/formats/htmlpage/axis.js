// axis.js: the time axis.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * axisTicks gives the grid lines and labels for days lo..hi at ppd pixels
 * a day, days counted from origin (ms): months (quarters or years when
 * they would not fit) and, from 12 px a day, weeks.
 */
function axisTicks(lo, hi, ppd, origin) {
  const lines = []
  const labels = []
  const start = new Date(origin + lo * DAY)
  const dayOf = (date) => Math.round((date.getTime() - origin) / DAY)
  let y = start.getUTCFullYear()
  let m = start.getUTCMonth()
  const step = ppd * 30 >= 44 ? 1 : ppd * 91 >= 44 ? 3 : 12
  if (step > 1) m -= m % step
  for (let guard = 0; guard < 2000; guard++) {
    const date = new Date(Date.UTC(y, m, 1))
    const day = dayOf(date)
    if (day > hi) break
    lines.push(day)
    if (ppd >= 12) {
      // weeks below: the month and year above, one label per month
      labels.push({ day, row: 0, text: `${MONTHS[m]} ${y}` })
    } else {
      labels.push({ day, row: 1, text: step === 12 ? String(y) : MONTHS[m] })
      if (m === 0 || guard === 0) labels.push({ day, row: 0, text: String(y) })
    }
    m += step
    if (m >= 12) ((y += Math.floor(m / 12)), (m %= 12))
  }
  if (ppd >= 12) {
    // weeks: Mondays, labelled with their day of the month
    for (let d = lo; d <= hi; d++) {
      const date = new Date(origin + d * DAY)
      if (date.getUTCDay() === 1 && date.getUTCDate() !== 1) {
        lines.push(d)
        labels.push({ day: d, row: 1, text: String(date.getUTCDate()) })
      }
    }
  }
  return { lines, labels }
}
