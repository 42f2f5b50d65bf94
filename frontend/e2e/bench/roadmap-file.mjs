// roadmap-file.mjs N OUT writes the browser benchmark's roadmap of N efforts
// (lib/bigroadmap.mjs: about 200 efforts a lane, 1 in 20 touching a surface
// or moving a metric) to OUT as a .tandem file, so that the desktop window
// can be timed on the same roadmap (scripts/bench-desktop-edit.sh with
// TANDEM_GEN=frontend/e2e/bench/roadmap-file.mjs).
import { writeFileSync } from 'node:fs'
import { roadmapOf } from '../lib/bigroadmap.mjs'

const [n, out] = process.argv.slice(2)
if (!(Number(n) > 0) || !out) {
  console.error('usage: node roadmap-file.mjs N OUT')
  process.exit(2)
}
writeFileSync(out, JSON.stringify(roadmapOf(Number(n))))
