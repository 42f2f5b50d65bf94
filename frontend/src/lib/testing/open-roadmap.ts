/** A RoadmapState already open on the growth() roadmap (id "r1"), for component and state tests. */
import { RoadmapState, type RoadmapApi } from '../state/roadmap.svelte'
import { growth, snapshot } from './fixtures'

export async function openGrowth(): Promise<RoadmapState> {
  const roadmaps = new RoadmapState({
    StartupRoadmap: async () => snapshot(growth(), 'r1'),
    ListRoadmaps: async () => [],
    OpenRoadmap: async (id: string) => snapshot(growth(), id),
  } as unknown as RoadmapApi)
  await roadmaps.startup()
  return roadmaps
}
