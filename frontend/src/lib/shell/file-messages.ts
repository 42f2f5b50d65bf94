/** What the roadmap file actions say when they worked (toasts). */
import type { Roadmap } from '../api'
import type { Exported } from '../state/library.svelte'
import { plural } from '../timeline/draw/format'

/** roadmapSize says what a roadmap holds: "3 lanes, 5 efforts and 1 milestone" (killed ones included). */
export function roadmapSize(r: Pick<Roadmap, 'lanes' | 'efforts'>): string {
  const milestones = r.efforts.filter((e) => e.durationDays === 0 && !e.end).length
  const parts = [plural(r.lanes.length, 'lane'), plural(r.efforts.length - milestones, 'effort')]
  if (milestones > 0) parts.push(plural(milestones, 'milestone'))
  return parts.length === 3 ? `${parts[0]}, ${parts[1]} and ${parts[2]}` : parts.join(' and ')
}

export function imported(name: string, fileName: string, r: Pick<Roadmap, 'lanes' | 'efforts'>): string {
  return `Imported “${name}” from ${fileName}: ${roadmapSize(r)}.`
}

export function exported({ roadmap, file }: Exported): string {
  return file.path ? `Exported “${roadmap}” to ${file.path}` : `Exported “${roadmap}”: ${file.name} is in your downloads.`
}
