package formats

import "encoding/xml"

// The elements of the MS Project XML (MSPDI) file the mspdi export writes.
// MS Project reads MSPDI against its schema, whose complex types are
// sequences: the fields below are in the schema's order, and optional ones
// are left out when empty.

// mspdiNamespace is the MSPDI schema's namespace.
const mspdiNamespace = "http://schemas.microsoft.com/project"

type xProject struct {
	XMLName               xml.Name    `xml:"Project"`
	Xmlns                 string      `xml:"xmlns,attr"`
	SaveVersion           int         `xml:"SaveVersion"`
	Name                  string      `xml:"Name"`
	Title                 string      `xml:"Title"`
	ScheduleFromStart     int         `xml:"ScheduleFromStart"`
	StartDate             string      `xml:"StartDate,omitempty"`
	FinishDate            string      `xml:"FinishDate,omitempty"`
	CriticalSlackLimit    int         `xml:"CriticalSlackLimit"`
	CalendarUID           int         `xml:"CalendarUID"`
	DefaultStartTime      string      `xml:"DefaultStartTime"`
	DefaultFinishTime     string      `xml:"DefaultFinishTime"`
	MinutesPerDay         int         `xml:"MinutesPerDay"`
	MinutesPerWeek        int         `xml:"MinutesPerWeek"`
	DaysPerMonth          int         `xml:"DaysPerMonth"`
	DurationFormat        int         `xml:"DurationFormat"`
	HonorConstraints      int         `xml:"HonorConstraints"`
	MultipleCriticalPaths int         `xml:"MultipleCriticalPaths"`
	WeekStartDay          int         `xml:"WeekStartDay"`
	StatusDate            string      `xml:"StatusDate,omitempty"`
	NewTasksAreManual     int         `xml:"NewTasksAreManual"`
	ExtendedAttributes    []xFieldDef `xml:"ExtendedAttributes>ExtendedAttribute"`
	Calendars             []xCalendar `xml:"Calendars>Calendar"`
	Tasks                 []xTask     `xml:"Tasks>Task"`
	Resources             []xResource `xml:"Resources>Resource"`
	Assignments           []xAssign   `xml:"Assignments>Assignment"`
}

// xFieldDef defines a custom field (Text1, Text2) and the name MS Project
// shows for it.
type xFieldDef struct {
	FieldID   string `xml:"FieldID"`
	FieldName string `xml:"FieldName"`
	Alias     string `xml:"Alias"`
}

type xCalendar struct {
	UID            int          `xml:"UID"`
	Name           string       `xml:"Name"`
	IsBaseCalendar int          `xml:"IsBaseCalendar"`
	WeekDays       []xWeekDay   `xml:"WeekDays>WeekDay"`
	Exceptions     []xException `xml:"Exceptions>Exception,omitempty"`
}

type xWeekDay struct {
	DayType      int            `xml:"DayType"`
	DayWorking   int            `xml:"DayWorking"`
	WorkingTimes *xWorkingTimes `xml:"WorkingTimes"`
}

type xWorkingTimes struct {
	List []xTimes `xml:"WorkingTime"`
}

type xTimes struct {
	FromTime string `xml:"FromTime"`
	ToTime   string `xml:"ToTime"`
}

// xException is a non-working day: a daily exception of one occurrence.
type xException struct {
	EnteredByOccurrences int    `xml:"EnteredByOccurrences"`
	FromDate             string `xml:"TimePeriod>FromDate"`
	ToDate               string `xml:"TimePeriod>ToDate"`
	Occurrences          int    `xml:"Occurrences"`
	Name                 string `xml:"Name"`
	Type                 int    `xml:"Type"`
	DayWorking           int    `xml:"DayWorking"`
}

type xTask struct {
	UID             int         `xml:"UID"`
	ID              int         `xml:"ID"`
	Name            string      `xml:"Name"`
	Active          int         `xml:"Active"`
	Manual          int         `xml:"Manual"`
	Type            int         `xml:"Type"`
	IsNull          int         `xml:"IsNull"`
	OutlineNumber   string      `xml:"OutlineNumber"`
	OutlineLevel    int         `xml:"OutlineLevel"`
	Start           string      `xml:"Start"`
	Finish          string      `xml:"Finish"`
	Duration        string      `xml:"Duration"`
	DurationFormat  int         `xml:"DurationFormat"`
	Milestone       int         `xml:"Milestone"`
	Summary         int         `xml:"Summary"`
	Critical        int         `xml:"Critical"`
	TotalSlack      *int        `xml:"TotalSlack"`
	PercentComplete int         `xml:"PercentComplete"`
	ActualStart     string      `xml:"ActualStart,omitempty"`
	ActualFinish    string      `xml:"ActualFinish,omitempty"`
	ConstraintType  int         `xml:"ConstraintType"`
	ConstraintDate  string      `xml:"ConstraintDate,omitempty"`
	Notes           string      `xml:"Notes,omitempty"`
	Links           []xLink     `xml:"PredecessorLink"`
	Fields          []xFieldVal `xml:"ExtendedAttribute"`
}

type xLink struct {
	PredecessorUID int `xml:"PredecessorUID"`
	Type           int `xml:"Type"`
	CrossProject   int `xml:"CrossProject"`
	LinkLag        int `xml:"LinkLag"`
	LagFormat      int `xml:"LagFormat"`
}

type xFieldVal struct {
	FieldID string `xml:"FieldID"`
	Value   string `xml:"Value"`
}

type xResource struct {
	UID  int    `xml:"UID"`
	ID   int    `xml:"ID"`
	Name string `xml:"Name"`
	Type int    `xml:"Type"`
}

type xAssign struct {
	UID         int `xml:"UID"`
	TaskUID     int `xml:"TaskUID"`
	ResourceUID int `xml:"ResourceUID"`
	Units       int `xml:"Units"`
}
