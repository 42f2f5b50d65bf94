// roadmaps.mjs gives the browser benchmark its roadmap of n efforts: by
// default lib/bigroadmap.mjs's (about 200 efforts a lane, 1 in 20 touching
// a surface or moving a metric); with gen, the one the generator script at
// that path writes (`python3 gen N OUT`, e.g. ../shared/bench/gen_roadmap.py:
// 8 lanes, 2N dependencies, every effort touching a surface), read back
// from a file in dir.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { roadmapOf } from '../lib/bigroadmap.mjs'

/** benchRoadmap is the roadmap document of n efforts (see the file's comment). */
export async function benchRoadmap(n, gen, dir) {
  if (!gen) return roadmapOf(n)
  const out = join(dir, `gen-${n}.tandem`)
  execFileSync(gen.endsWith('.mjs') ? 'node' : 'python3', [gen, String(n), out], { stdio: ['ignore', 'ignore', 'inherit'] })
  return JSON.parse(await readFile(out, 'utf8'))
}
