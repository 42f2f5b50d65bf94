// Package formats reads the files Tandem imports (SPEC §4), one file per
// format: the native roadmap file (through model.Load), CSV
// (csv_import.go), MS Project XML, "MSPDI" (mspdi_import.go), and
// GanttProject's .gan (gan_import.go). Read picks the format (Detect) and
// calls the reader. Every reader is all or nothing: it returns a roadmap
// that has passed model.Validate, or an error and no roadmap. Errors name
// their place: *CSVError lists problems by row and column, *XMLError gives
// the line, column and element; a native file's errors are the model's.
// Input over model.MaxFileBytes wraps model.ErrTooLarge. The XML readers
// expand no entity but the predefined ones (a DTD's are an error where
// used, an external one is never read) and refuse elements nested more
// than model.MaxDepth deep (xmlstream.go); fuzz_test.go fuzzes every
// reader and writer.
//
// # MS Project XML (MSPDI)
//
// The aim is that Tandem's CPM (SPEC §3.1) on the imported roadmap finds
// what MS Project found: mspdi_test.go checks the critical tasks, the
// finish and every task's total slack against real MS Project files.
//
// Structure. Tasks are read in ID order; OutlineLevel gives the tree.
// Blank rows (IsNull), external-task placeholders and the project summary
// task (OutlineLevel 0, or UID 0 without a level) are skipped. A task with
// subtasks is a summary (the Summary flag alone does not make one: a
// "summary" without subtasks is a leaf). Leaf tasks become efforts with
// id = UID and title = Name ("Task <ID>" when unnamed); each top-level
// summary becomes a lane (id = its UID, name = its Name) holding every
// leaf under it at any depth; top-level leaves go to one lane named after
// the file (the file name's base without extension; its id is that name
// as a slug). Lanes are in outline order and take the palette's colours
// (names.go). Owner = the names of the resources assigned to the task
// (Assignments), joined by ", "; notes = Notes. The roadmap's name is the
// project Title, else its Name without ".xml", else the file's name;
// start = the project StartDate's date; asOf = StatusDate when set.
//
// Calendar. The project calendar (CalendarUID, else "Standard", else
// Monday to Friday) gives the workdays: WeekDays with DayWorking, the
// missing days taken from its base calendar. Its exceptions that make
// days non-working become holidays, with the base calendar's: Project
// 2007+ <Exceptions> (a range of days; recurring daily, weekly, monthly
// and yearly ones are expanded; "the 2nd Monday"-style relative ones are
// not) and Project 2003's DayType 0 weekdays. Holidays are kept from a
// year before the first date of the file to five years after the last
// (50 years at most). Not representable, so left out: exceptions that
// make a day working, alternate work weeks (WorkWeeks), working hours,
// task and resource calendars.
//
// Durations. Duration (xsd:duration, working time) / MinutesPerDay
// (default 480), rounded to whole days, halves up; a positive duration is
// at least 1 day, so only a real zero is a milestone. Elapsed formats
// (DurationFormat ed, ew, ...) count 24-hour days scaled by the working
// days of the week (7 elapsed days = 5 working days on Monday-Friday).
// Milestone=1 gives 0 whatever the Duration: a Tandem milestone takes no
// time (MS Project would keep a marked milestone's duration in its
// schedule; such files are rare).
// Durations and lags over 100 years are an error.
//
// Links. PredecessorLink Type 0 FF, 1 FS, 2 SF, 3 SS (absent: FS).
// LinkLag is tenths of a minute whatever LagFormat says, so lag days =
// LinkLag / 10 / MinutesPerDay, rounded half away from zero (negative is
// a lead); an elapsed LagFormat counts calendar days as for durations; a
// percent LagFormat (19, 20) makes LinkLag a percentage of the
// predecessor's duration. Cross-project links and links to tasks not in
// the file are left out; an unknown Type is an error.
//
// Links of summary tasks are expanded to leaves, exactly where the model
// can say the same thing:
//   - from a summary, FS and FF: from its exits, the leaves no other
//     leaf of it must finish after (by an FS or FF link, lag >= 0); the
//     summary finishes when the last of them does.
//   - from a summary, SS and SF: from the leaf among its entries (below)
//     that the file itself starts first (by its Start dates); the summary
//     starts when its first leaf does.
//   - to a summary, FS and SS: to its entries, the leaves no other leaf
//     of it must start after (by an FS or SS link, lag >= 0); a floor on
//     the summary's start is a floor on every leaf's.
//   - to a summary, FF and SF: left out. They bound the finish of the
//     summary's last leaf, which no dependency of one leaf says (MS
//     Project 2010 and later refuse them too).
//   - a task linked to its own summary: left out.
//
// Two links that end up between the same two efforts become one, the
// stronger (the one that lets the successor start later, given both
// durations): the model allows one dependency per pair.
//
// Status. Active=0 (an inactive task, or any task under an inactive
// summary) is killed: MS Project leaves it out of its schedule as Tandem's
// analyses leave out killed efforts. Else PercentComplete 100 is done,
// 1..99 active, 0 planned (status left empty).
//
// Placeholders. A manually scheduled leaf (Manual=1) where someone typed
// only a name, its Start, Finish and Duration blank (MS Project writes
// empty StartText, FinishText and DurationText beside the Start and
// Duration it assumes; or the file gives it neither a start nor a
// duration), is not in MS Project's schedule and never critical. It is
// imported killed (Not doing), so it stays listed but out of every
// analysis, without a start, with its duration (one day when it has
// none), and its notes begin with a line saying so, with the task's line
// and column, as a GanttProject task with an empty start does
// (mspdi_placeholder.go). A planned, not started task only; a manual task
// with its own dates (no text fields) is scheduled as below.
//
// Starts. To reproduce MS Project's CPM, an effort gets a start (a
// start-no-earlier-than in SPEC §3.1) only where MS Project holds a task
// at a date:
//   - started or done (PercentComplete > 0): ActualStart, else Start. A
//     done effort keeps its dates (SPEC §3.1).
//   - manually scheduled (Manual=1): ManualStart, else Start. MS Project
//     does not move it; Tandem lets a dependency push it later and
//     reports the slip.
//   - Start No Earlier Than (4) and Must Start On (2): ConstraintDate.
//   - Finish No Earlier Than (6) and Must Finish On (3): the start that
//     finishes on ConstraintDate, counted back over working days (a
//     finish at or before DefaultStartTime is the previous working day's).
//   - As Soon As Possible (0, the default): none; the effort is scheduled
//     from the project start and its dependencies.
//   - As Late As Possible (1), Start/Finish No Later Than (5, 7): none;
//     deadlines the model cannot hold, scheduled as soon as possible.
//   - a summary's Must/Start No Earlier Than is a floor for the
//     auto-scheduled leaves under it.
//
// A start at or after DefaultFinishTime (17:00) is the next working day's
// (unless DefaultFinishTime is not after DefaultStartTime, as in
// GanttProject's MSPDI export, which writes 00:00 for both: then a start
// is always its own day's) and a start on a day off moves to the next working day, so starts are
// working days (a milestone's must be, model.Validate says).
// ScheduleFromStart=0 files are read the same way (scheduled forward).
// Not read: deadlines, leveling delay, splits, baselines, costs, work.
//
// # MS Project XML export (mspdi)
//
// export_mspdi.go writes what MS Project, ProjectLibre and MPXJ read, so
// that their scheduler, and this package's importer, put every effort
// where Tandem's analysis does: `tandem analyze` of the export gives the
// same finish, critical set, dates, float and slip
// (TestExportMSPDIRoundTrip: the sample, the hostile roadmap, each MS
// Project fixture read and written again, and generated roadmaps with
// every link type, lags, leads and holidays).
//
//   - Project: the MSPDI namespace, SaveVersion 14 (Project 2010), Name
//     and Title the roadmap's name, StartDate the analysis start (day 0),
//     FinishDate its finish, StatusDate asOf, 480 minutes a day (8:00 to
//     17:00), new tasks auto-scheduled, multiple critical paths on.
//   - Calendar: one base calendar, "Standard" (UID 1, the project's),
//     with the roadmap's working weekdays (8:00-12:00, 13:00-17:00) and
//     each holiday on a working weekday as a non-working exception of one
//     day. Without a calendar every day works.
//   - Tasks: the project summary (UID 0, OutlineLevel 0), then each lane
//     with live efforts as a summary task (level 1) followed by its
//     efforts (level 2) by scheduled start, depth-first; UID = ID = the
//     row, OutlineNumber "lane.effort". Lanes without live efforts are
//     left out (a summary without subtasks would read back as a task), and
//     so are killed efforts, with their dependencies (MS Project has
//     Active=0 for them, but an inactive task still shows; a killed
//     effort is "Not doing" and has no place in the schedule).
//   - An effort's task: Name = title, Start/Finish its scheduled dates,
//     Duration its working days (PT8H0M0S a day, DurationFormat 7 days),
//     Milestone=1 for 0 days, Type fixed duration, Critical and
//     TotalSlack (tenths of a minute) from the analysis, Notes. A planned
//     start becomes Start No Earlier Than (ConstraintType 4,
//     ConstraintDate) on an auto-scheduled task: MS Project then starts
//     it where Tandem does, the later of the date and its dependencies
//     (a manually scheduled task would not move). Without one, As Soon As
//     Possible. Done is PercentComplete 100 with ActualStart and
//     ActualFinish, which hold it at its dates as Tandem does; other
//     statuses are 0% (MS Project has no blocked or paused).
//   - Ids: MS Project numbers tasks; the Tandem id of each lane and
//     effort is kept in the custom field Text1 ("Tandem id") and the
//     status in Text2 ("Tandem status"), so a round trip can be matched
//     (the importer's ids are UIDs).
//   - Owner: one resource per distinct owner, assigned to the task (the
//     importer reads it back as the owner).
//   - Links: PredecessorLink on the successor with Type (0 FF, 1 FS, 2
//     SF, 3 SS), LinkLag = lag days x 4800 (tenths of a minute; negative
//     for a lead) and LagFormat 7 (days).
//
// Text is escaped by encoding/xml; characters XML cannot hold (control
// characters other than tab, newline and carriage return) become U+FFFD.
//
// # Standalone web page (html)
//
// export_html.go renders htmlpage/page.html: the roadmap, analysis and
// layout resolved to what is shown (htmlData, export_html_data.go) as
// JSON in a <script type="application/json">, drawn by the plain
// JavaScript of htmlpage (dom.js, roadmap.js, axis.js, lists.js, page.js,
// joined into one inline script) with htmlpage/page.css (inlined). The
// page's Content-Security-Policy is default-src 'none' with the sha256 of
// the one script and the one style: nothing can load or run besides them.
// User text reaches the page as text only: html/template escapes the
// title and heading, encoding/json writes <, > and & inside the JSON as
// \u escapes (so nothing closes the script element), and the script sets
// textContent and attributes, never markup; each piece of user text in a
// line of details sits in a <bdi>, so a right-to-left override cannot
// reorder the text around it. ExportOptions: Lanes (in the roadmap's
// order; an unknown id is an error), From/To (the days drawn; efforts
// whose bars miss the window are left out, a bad or inverted window is an
// error). The lists (critical path, conflicts, opportunities, shared
// metrics, Not doing) keep the items that name a shown effort; the
// opportunities are the best 300; the coordination figures are the whole
// roadmap's. The page draws only the bars, arrows and ticks in view (at
// most 4,000 bars a frame; under 3 px a day, conflicts are an orange edge
// rather than a badge and arrows show only with at most 400 bars in
// view), so a roadmap of 20,000 efforts opens at once. Efforts, conflicts
// and dependencies are written as columns and arrays, not objects, to keep
// such a page small.
//
// # GanttProject
//
// The same tree, from <task> elements nested in <task>s: leaves are
// efforts (id = the task id), top-level tasks with subtasks lanes, the
// other top-level tasks the file's lane. A lane takes its task's colour
// when the user chose one (not GanttProject's default #8cb6ce), else the
// palette's. duration is working days, meeting="true" a milestone,
// complete 100 done and 1..99 active; owner = the allocated resources,
// the responsible first; notes = <notes>. <depend> sits on the
// predecessor and names the successor: type 1 SS, 2 FS, 3 FF, 4 SF
// (GanttProject's GanttTaskRelationship; absent: FS), difference = lag in
// days; summary links expand as for MS Project. GanttProject moves a task
// with a Strong dependency (on it or a task above it) to where the
// dependency puts it, so such a task gets no start, unless it has started
// or has an earliest start (thirdDate with thirdDate-constraint 1);
// every other task keeps its start (a Rubber dependency only pushes).
// A task with an empty start (start="") is imported without a start, so
// it is scheduled as early as its dependencies allow, and its notes begin
// with a line saying so, with the task's line and column (rather than
// failing the whole file, or passing a guess off as the file's plan). A
// start that is not a date is an error.
// A <depend> naming a task that is not in the file is an error (as a
// dangling reference is in CSV and native files; a .gan file has no
// cross-project links, unlike MS Project's, which are left out), and so is
// a file without any task: there would be nothing to import.
// The calendar is <default-week> (1 = day off; Monday to Friday when
// absent) and the HOLIDAY <date>s (a date without a year recurs every
// year; WORKING_DAY and NEUTRAL dates are not days off). The roadmap's
// start is the earliest task start, its name the project's name.
//
// # CSV
//
// See ReadCSV: SPEC §4's columns in any order, names matched ignoring
// case, spaces, '_' and '-', plus an optional notes column; an unknown
// column is an error, a nameless one ignored. Lanes, surfaces and metrics
// are created from the ids used, named by humanize ("ai-tools" is "AI
// tools"). Every problem is reported by row and column. A cell that is an
// apostrophe then text a spreadsheet would run as a formula ("'=x",
// "'-2") reads without the apostrophe: the CSV export (export_csv.go)
// writes such text that way, and csv_formula.go holds the exact rule.
//
// # Format detection
//
// See Detect: by extension first (.xml and .gan told apart by their root
// element), else by content.
package formats
