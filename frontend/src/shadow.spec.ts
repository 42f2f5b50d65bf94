/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Read from disk (the tests run in frontend/): the test run turns imported CSS into nothing, even ?raw.
const css = readFileSync('src/app.css', 'utf8')

// The panels' shadow (--shadow: the timeline's card, the inspector, the
// dock, "This week") is painted again with every repaint inside the panel.
// WebKitGTK painting in software (no GPU, or compositing off) blurs a
// blurred shadow anew each time: 150-250 ms of every edit in the desktop
// window (README, "In the desktop window"). So the token has no blur.

/** shadows splits a box-shadow value into its shadows (commas inside rgb() do not split). */
function shadows(value: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of value) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      out.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  out.push(cur.trim())
  return out
}

/** blurOf is a shadow's blur radius in px (0 when it has none). */
function blurOf(shadow: string): number {
  const lengths = shadow.replace(/[a-z]+\([^)]*\)/gi, ' ').match(/-?[\d.]+(px)?(?=\s|$)/g) ?? []
  return lengths.length >= 3 ? parseFloat(lengths[2]) : 0
}

describe('the panels’ shadow', () => {
  const decls = [...css.matchAll(/--shadow:\s*([^;]+);/g)].map((m) => m[1])

  it('is set for the light and the dark scheme', () => {
    expect(decls.length).toBe(2)
  })

  it('has no blur in either', () => {
    for (const d of decls) for (const s of shadows(d)) expect(blurOf(s), `${s} in --shadow: ${d}`).toBe(0)
  })

  it('reads a blur where there is one', () => {
    expect(shadows('0 1px 2px rgb(16 24 40 / 0.05), 0 1px 3px rgb(16 24 40 / 0.06)').map(blurOf)).toEqual([2, 3])
    expect(blurOf('0 1px 0 rgb(0 0 0 / 0.4)')).toBe(0)
    expect(blurOf('0 1px rgb(0 0 0 / 0.4)')).toBe(0)
  })
})
