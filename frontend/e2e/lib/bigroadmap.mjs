// A large generated roadmap for timings: deterministic, so runs compare.

/**
 * roadmapOf makes a roadmap of n efforts: about 200 per lane, chains of
 * dependencies within lanes, and 1 in 20 efforts touching one of 100
 * surfaces or moving one of 100 metrics (a busy but plausible plan).
 */
export function roadmapOf(n) {
  let seed = 42
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  const laneCount = Math.max(4, Math.round(n / 200))
  const lanes = Array.from({ length: laneCount }, (_, i) => ({ id: `lane-${i}`, name: `Team ${i + 1}` }))
  const surfaces = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, name: `Surface ${i}` }))
  const metrics = Array.from({ length: 100 }, (_, i) => ({ id: `m${i}`, name: `Metric ${i}` }))
  const day0 = Date.UTC(2027, 0, 4)
  const iso = (d) => new Date(day0 + d * 86400000).toISOString().slice(0, 10)
  const efforts = []
  const dependencies = []
  for (let i = 0; i < n; i++) {
    const start = Math.floor(rand() * 700)
    const len = 3 + Math.floor(rand() * 40)
    const e = { id: `e${i}`, lane: lanes[i % laneCount].id, title: `Effort ${i} ${['launch', 'test', 'campaign', 'rebuild'][i % 4]}`, start: iso(start), end: iso(start + len) }
    if (rand() < 0.05) e.touches = [{ surface: surfaces[Math.floor(rand() * 100)].id, mode: rand() < 0.5 ? 'changes' : 'relies' }]
    if (rand() < 0.05) e.moves = [{ metric: metrics[Math.floor(rand() * 100)].id, direction: rand() < 0.8 ? 'up' : 'down' }]
    efforts.push(e)
    if (i >= laneCount && rand() < 0.3) dependencies.push({ from: `e${i - laneCount}`, to: `e${i}`, type: 'FS', lagDays: 0 })
  }
  return { format: 'tandem/roadmap', version: 1, name: `Bench ${n}`, start: iso(0), asOf: iso(120), lanes, surfaces, metrics, efforts, dependencies, links: [], decisions: [], rituals: [], events: [] }
}

