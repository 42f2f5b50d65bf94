package formats

import "encoding/xml"

// The parts of an MS Project XML (MSPDI) file the importer reads. Values are
// kept as text and parsed by the importer, which can then say which
// element of which task is wrong. Element names match in any namespace.

// mspdiFile is the <Project> element.
type mspdiFile struct {
	scalars   map[string]string // Name, Title, StartDate, ... (mspdiScalars)
	scalarAt  map[string][2]int // their positions
	calendars []mspdiCalendar
	tasks     []mspdiTask
	resources map[string]string // UID -> Name
	assigns   []mspdiAssignment
}

// mspdiScalars are the project-level elements the importer reads.
var mspdiScalars = map[string]bool{
	"Name": true, "Title": true, "StartDate": true, "FinishDate": true, "StatusDate": true,
	"CalendarUID": true, "MinutesPerDay": true, "DefaultStartTime": true, "DefaultFinishTime": true,
}

type mspdiCalendar struct {
	UID             string
	Name            string
	BaseCalendarUID string
	WeekDays        []mspdiWeekDay   `xml:"WeekDays>WeekDay"`
	Exceptions      []mspdiException `xml:"Exceptions>Exception"`
	pos             [2]int
}

// mspdiWeekDay is a day of the working week (DayType 1 = Sunday .. 7 =
// Saturday) or, with DayType 0, an exception (Project 2003 files).
type mspdiWeekDay struct {
	DayType    string
	DayWorking string
	FromDate   string `xml:"TimePeriod>FromDate"`
	ToDate     string `xml:"TimePeriod>ToDate"`
}

// mspdiException is a calendar exception (Project 2007 and later).
type mspdiException struct {
	FromDate     string `xml:"TimePeriod>FromDate"`
	ToDate       string `xml:"TimePeriod>ToDate"`
	Occurrences  string
	Name         string
	Type         string
	Period       string
	DaysOfWeek   string
	MonthDay     string
	Month        string
	DayWorking   string
	WorkingTimes []struct{} `xml:"WorkingTimes>WorkingTime"`
}

type mspdiTask struct {
	UID             string
	ID              string
	Name            string
	OutlineLevel    string
	Milestone       string
	Manual          string
	Active          string
	IsNull          string
	ExternalTask    string
	Duration        string
	DurationFormat  string
	Start           string
	ManualStart     string
	ActualStart     string
	StartText       *string // nil when absent; MS Project writes it empty for a blank Start
	FinishText      *string
	DurationText    *string
	ConstraintType  string
	ConstraintDate  string
	PercentComplete string
	Notes           string
	Links           []mspdiLink `xml:"PredecessorLink"`
	pos             [2]int
}

type mspdiLink struct {
	PredecessorUID string
	Type           string
	CrossProject   string
	LinkLag        string
	LagFormat      string
}

type mspdiResource struct {
	UID  string
	Name string
}

type mspdiAssignment struct {
	TaskUID     string
	ResourceUID string
}

// parseMSPDI reads the parts of an MSPDI file the importer needs, in one
// streaming pass.
func parseMSPDI(data []byte) (*mspdiFile, error) {
	s := newXMLStream(nameMSPDI, data)
	if _, err := s.root("Project", "an MS Project XML (MSPDI) file"); err != nil {
		return nil, err
	}
	f := &mspdiFile{scalars: map[string]string{}, scalarAt: map[string][2]int{}, resources: map[string]string{}}
	err := s.each(func(el *xml.StartElement) error {
		name := el.Name.Local
		switch {
		case mspdiScalars[name]:
			var v string
			f.scalarAt[name] = s.pos()
			if err := s.decode(&v, el); err != nil {
				return err
			}
			f.scalars[name] = v
			return nil
		case name == "Calendars":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local != "Calendar" {
					return s.skip()
				}
				c := mspdiCalendar{pos: s.pos()}
				err := s.decode(&c, el)
				f.calendars = append(f.calendars, c)
				return err
			})
		case name == "Tasks":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local != "Task" {
					return s.skip()
				}
				if len(f.tasks) == maxTasks {
					return s.tooManyTasks("Task")
				}
				t := mspdiTask{pos: s.pos()}
				err := s.decode(&t, el)
				f.tasks = append(f.tasks, t)
				return err
			})
		case name == "Resources":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local != "Resource" {
					return s.skip()
				}
				var r mspdiResource
				err := s.decode(&r, el)
				f.resources[r.UID] = r.Name
				return err
			})
		case name == "Assignments":
			return s.each(func(el *xml.StartElement) error {
				if el.Name.Local != "Assignment" {
					return s.skip()
				}
				var a mspdiAssignment
				err := s.decode(&a, el)
				f.assigns = append(f.assigns, a)
				return err
			})
		}
		return s.skip()
	})
	if err != nil {
		return nil, err
	}
	return f, s.rest()
}
