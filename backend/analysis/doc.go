// Package analysis implements SPEC §3 as pure code: a roadmap in, a Result
// out (schedule and critical path, conflicts, reinforcement, coordination).
// It imports no storage, UI or HTTP code. Analyze is the one entry point;
// WriteText renders a Result for people; WriteJSON streams it as the object
// of SPEC §4, the bytes encoding/json writes, through one small buffer.
// AnalyzeCompact is the same analysis as a Compact: its four long lists
// (schedule, conflicts, reinforcing pairs, opportunities) stay indexes, a
// few ints a row, and its writers make the rows a block at a time (view.go),
// with the same bytes; `tandem analyze` uses it, so that at a million
// efforts the answer costs about 220 MB instead of 650 MB.
//
// # Speed
//
// Ids are mapped to dense ints once, by an open-addressing table (idtable.go,
// about twice as fast as a Go map at a million ids); a dependency's ends are
// first looked for among the efforts listed next to each other, which are in
// cache. Per-effort data lives in parallel slices and every adjacency
// (dependencies, touches, moves, links, groups by surface and by metric) in
// CSR slices. Nothing loops over all pairs of efforts: CPM is one pass
// forward in a topological order that follows the file as far as the
// dependencies allow (the file order itself when they all point forward)
// and one pass back; overlaps are found by a sweep per surface and per
// metric; mutually reinforcing pairs are gathered from each effort's own
// metric groups and links; flywheels are the SCCs of a linear-size graph
// equivalent to the helps graph, after a union-find has merged the efforts
// that help each other both ways. Sorting "by id" sorts the ids once (a
// radix sort on 8-byte chunks, rank.go) and then orders ints: long lists by
// radix sorts of their own items (radix.go), a first pass by the top bits
// into buckets that fit in cache and then each bucket. Work that grows with
// the answer (the conflicts and pairs listed) is unavoidable, and so the
// rows of the Result are written field by field and their lists shared
// where they can be (most via lists are one metric's). gonum's
// graph.Directed is implemented over the CSR slices (digraph.go), for the
// tests and BenchmarkGonum; Pearce's variant of Tarjan's
// algorithm over the slices, checked against gonum's topo.TarjanSCC, finds
// flywheels (gonum's is recursive and keeps its state in maps, too slow and
// too deep for a million efforts).
//
// # gonum
//
// BenchmarkGonum (gonum_bench_test.go) runs gonum's algorithms on the same
// compact graph as the own code. Measured on the 2-core machine (load ~20,
// so absolute times are high; the ratios are what decide), time and bytes
// per run:
//
//	                       1k               10k              100k
//	order: own CPM         0.19 ms, 37 KB   3.6 ms, 0.37 MB   87 ms, 3.6 MB
//	order: gonum topo.Sort 3.6 ms, 0.26 MB  39 ms, 2.9 MB     646 ms, 31 MB
//	scc: own               0.04 ms, 5 KB    0.8 ms, 44 KB     16 ms, 0.4 MB
//	scc: gonum TarjanSCC   1.8 ms, 0.25 MB  52 ms, 2.8 MB     1,248 ms, 30 MB
//
// topo.Sort alone takes 7-19x the own order plus both CPM passes, and
// TarjanSCC 26-78x the own SCC (5,000+ allocations per 1,000 nodes: its
// maps keyed by int64 and a node interface per visit), so neither is within
// the 1.5x that would justify it, and at 1M efforts their ~300 MB would
// break the memory goal. gonum stays where its cost does not matter: the
// tests that check the own SCC against TarjanSCC. A dependency cycle
// (cycle.go) is reported by model.FindCycleIn over the efforts Kahn's sort
// left, the one cycle finder validation uses too, so both name the same
// cycle.
//
// The working-day calendar is model.WorkCalendar, the one every package
// uses; the analysis converts through its model.DayIndex, built once over
// the file's dates (O(1) per conversion both ways), and the few thousand
// dates a result needs are formatted once (calendar.go), into one string:
// a date is a slice of it. BenchmarkCalendar times the conversions.
//
// Analyze uses every core (par.go): the id sort and the id table are built
// beside the rest of the index; dependencies, touches and moves are
// resolved side by side; the links, lanes by id and blocked time beside
// the schedule; then the reinforcing pairs, and after them (so that their
// working memory is not live at once) the conflicts, the flywheels and the
// per-effort lists all at once, the long loops among them (pair search,
// rows) cut into one range per core. The tasks only read shared
// state and write their own, and no result depends on how the work is cut
// (a test runs it cut into many parts and in one). Roadmaps under a few
// thousand efforts are analysed on one core. bench_test.go has the numbers
// (BenchmarkAnalyze with the CPM stage and a plain-slices CPM baseline,
// BenchmarkRead for the file), STAGES=N go test -run Stages -v times each
// stage, and PEAKMEM=N go test -run PeakMemory1M -v measures memory.
//
// # Interpretations (where SPEC is silent)
//
// Input. Analyze expects a roadmap that passed model.Validate and does not
// repeat it: dependencies, links and events that name unknown efforts are
// left out, unknown lanes, surfaces and metrics are taken as named, and of
// two efforts with one id references go to the first. Errors:
// a dependency cycle (*model.CycleError, the cycle model.FindCycle picks:
// a shortest one through the smallest id on any cycle, in dependency order
// from it; a self-dependency is a cycle of one) and a
// date that does not parse. An effort naming a surface twice touches it
// once ("changes" wins); naming a metric twice moves it once (first
// direction wins).
//
// Days. Offsets count (working) days from day 0: the roadmap start, else the
// earliest effort start, else asOf. With a calendar, a start on a day off
// counts from the next working day and an end on a day off from the working
// day before it; the duration of start..end is the number of working days
// in it. A calendar without any known workday means every day works.
// Workday names are "mon".."sun", as model.ParseWorkday reads them
// (validation refuses others).
//
// Dates of an effort. start = the date of working day es; end = the date of
// working day ef-1, the inclusive last day; a milestone (duration 0) has
// start = end = the date of day es. The project finish is the latest end of
// any effort (a milestone's own day), whatever the sign of the offsets (a
// roadmap whose efforts all lie before its start finishes with its last
// effort, and the backward pass runs from there); durationDays is the
// project finish offset max(ef), counted from the earliest es when an
// effort starts before day 0, so it is the span of the work and never
// negative. Without efforts the finish is the start, and an empty roadmap
// with neither start nor asOf has start and finish "" (never today's date:
// the same file always gives the same bytes). A schedule that would start
// before year 1000 or end after 9999-12-31 (a chain of bounded durations
// and lags can) is refused naming the first effort past the end
// (years.go), as YYYY-MM-DD cannot write those dates.
//
// Schedule. An effort with start+end takes its duration from the dates;
// with durationDays it takes that. es = max(planned start, or 0 when there
// is none; every dependency constraint): a planned start before day 0 is
// kept. A done effort with a planned start keeps it (es = planned start, its
// predecessors do not move it); a done effort without one is scheduled like
// the others. In the backward pass a done effort is fixed (ls = es,
// lf = ef, float 0) and constrains none of its predecessors, so it is never
// critical and float is never negative. Killed efforts are left out, and so
// are dependencies and links that touch them. The schedule lists live
// efforts in file order.
//
// Windows. An effort occupies [es, ef): a milestone occupies no day and so
// overlaps nothing. Two windows overlap on [max es, min ef); `from` and `to`
// of a conflict are the first and last day (inclusive) of that window, and
// `days` its length in (working) days. "A finishes before B starts" means
// A.ef <= B.es, the exact complement of overlapping-or-after, so a
// changes/relies pair on one surface is either a disruption (overlap), or
// A helps B (A first), or neither (B first).
//
// Conflicts. Surface and metric conflicts concern all live efforts, done
// ones too (their dates are real). A sequence conflict is a dependency
// A->B where B has a planned start, is not done, and the dependency alone
// requires a later start; its window runs from the planned start to the day
// before the earliest start the dependency allows, so days = the slip it
// causes (two dependencies between one pair: one conflict, the larger). A
// declared conflict is a `conflicts` link between two active efforts; its
// window is their overlap, and `from`/`to` are omitted (days 0) when they do
// not overlap. severity is set for surface conflicts only, surface for
// surface conflicts, metric for metric conflicts; keys that do not apply
// are left out of the JSON (omitempty), all others always appear. A conflict is
// accepted when one `accept` decision lists both of its efforts, whatever
// the decision's date. Efforts are in ascending id order, lanes follow them;
// conflicts are sorted by kind (surface, sequence, metric, declared), window
// start, ids, then surface or metric.
//
// Active. Where SPEC says "active efforts" (the helps graph and declared
// conflicts) it means efforts that are neither killed nor done: finished work
// cannot collide with a decision any more nor be integrated with.
//
// Reinforcement. A helps B by the three rules of SPEC §3.3. via lists every
// signal between a pair: "link", "metric:ID", "surface:ID" (sequenced either
// way), sorted. linked is true when a dependency (either way) or a link of
// either kind joins the pair; an opportunity is a reinforcing pair in two
// lanes that is not linked. Reinforcing pairs are sorted by ids;
// opportunities by score (highest first), then ids; flywheels are sorted by
// id inside and by first id.
//
// Score. score = (1 - 0.2^s) * (0.5 + 0.5 * 20/(20 + gap)), rounded to two
// decimals, where s is the number of via signals and gap the number of
// (working) days between the two windows (0 when they overlap or touch). More
// shared signals and nearer in time rank higher: one signal with overlapping
// windows scores 0.8, two 0.96; a 20-day gap takes a quarter off, a distant
// one at most half.
//
// Coordination. Shared metrics count live efforts (done ones too): lanes in
// the roadmap's lane order, efforts by id, the list by metric id.
// dependencies and crossLaneDependencies count the dependencies between live
// efforts. Blocked time uses events of live efforts dated up to asOf: a
// blocked event lasts from its date until the effort's next event or asOf, as
// [from, to) in (working) days; a later blocked event takes over the rest of
// the interval (so days are never counted twice), and any other status ends
// it. It is cross-lane when its blocker is in another lane (a killed blocker
// still has its lane; no or an unknown blocker is not cross-lane).
// openConflicts counts conflicts not accepted; crossLaneConflicts the open
// ones across lanes; opportunities the opportunities.
//
// asOf. The roadmap's asOf, else Options.Today, else the clock.
//
// # Measures (beyond SPEC §4)
//
// Measure(r, res, opt) computes what the coordination views show; the
// Result of SPEC §4 does not change. It reads the same events as blocked
// time (live efforts, dated up to asOf) and the schedule of res.
//
// Period. From day 0 to asOf. A lane's working days are its effort-days of
// work in the period: for each of its live efforts, the (working) days of
// its scheduled window [es, ef) before asOf, summed. Dependency impact =
// the lane's cross-lane blocked days / its working days (0 without working
// days), to three decimals: the share of the lane's scheduled work spent
// waiting on another team. Waits inside a lane are shown (the matrix
// diagonal, BlockedDays) but are not coordination debt.
//
// Waits. Each blocked interval as SPEC §3.4 counts it. The matrix sums them
// per (waiting lane, blocking lane); an event without a known blocker has
// blocker "". An effort is still waiting (Open) when its last event up to
// asOf is blocked; "since" is the date of the first of the blocked events
// that run into each other up to then (blocked by a, then by b: since the
// first), and the blocker the last one's.
//
// Weeks. Seven-day weeks from the Monday on or before day 0 to the week that
// holds the later of the finish and asOf (at most 20 years of them). A
// week's days are the blocked (working) days that fall in it; its waits the
// cross-lane blocked intervals in effect on any of its days, where a wait
// that began on asOf (no day yet) counts on its first day. Weeks after asOf
// have Past false: no events yet, not zero debt.
//
// Most waited: up to 10 efforts by blocked days, then events, then id.
//
// Trust ledger. A handoff is a dependency between live efforts of two lanes,
// counted for the ordered pair (predecessor's lane, successor's lane). The
// dependency type says what the predecessor delivers (its finish for FS and
// FF, its start for SS and SF) and what of the successor's plan that must
// keep (its start for FS and SS, its finish for FF and SF), shifted by the
// lag as in SPEC §3.1. The successor's plan is its planned start (else its
// scheduled start) and, for its finish, that plus its duration. So an FS
// handoff with lag L is needed by the (working) day L days before the
// successor's planned start: finishing on that day's eve is on time.
// Delivered: a finish is the effort's last done event up to asOf (a later
// event of another status reopens it: not delivered), else, for an effort
// whose status is done without such an event, its scheduled end (done
// efforts keep their dates); a start is its first event of a status other
// than planned, else, for an effort no longer planned, its scheduled start.
// On time: delivered no later than needed. Late: delivered later, or not
// delivered although the need day has passed (counted late since then,
// "so far"). Pending: not delivered and not due yet; neither on time nor
// late. Pairs are in the lanes' order; a pair lists its five latest
// handoffs, by days late.
//
// Metric uses. Every metric moved by a live effort (done ones too), in the
// roadmap's metric order, with each mover's direction and scheduled window,
// by start then id. Shared: moved by 2+ lanes (SPEC §3.4). Opposed: a mover
// is in a metric conflict on it. Joint ("only moves when two or more lanes
// work together"): shared, and every mover is joined to a live effort of
// another lane by a dependency (either way) or a reinforces link.
//
// Cost: O((n + E + D + L + M) log) plus the days of the span; about 20 ms
// at 20,000 generated efforts on one core (BenchmarkMeasure).
package analysis
