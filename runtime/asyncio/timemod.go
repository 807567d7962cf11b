package asyncio

import (
	"strconv"
	"strings"
	gotime "time"

	"aioplay/runtime/py"
)

// The time module on the virtual clock: time() is the host's wall start
// plus virtual elapsed time; monotonic(), perf_counter() and loop.time()
// read the virtual clock; sleep() advances it while blocking the loop
// (ASYNCIO.md V4) and is recorded as a blocking call. The local time zone
// is UTC.

var StructTimeType = newType("struct_time", "time", py.ObjectType)

// StructTime is time.struct_time.
type StructTime struct{ f [9]int }

func (s *StructTime) Type() *py.Type { return StructTimeType }

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func newStructTime(t gotime.Time) *StructTime {
	wd := (int(t.Weekday()) + 6) % 7
	return &StructTime{f: [9]int{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), wd, t.YearDay(), 0}}
}

func (s *StructTime) goTime() gotime.Time {
	return gotime.Date(s.f[0], gotime.Month(s.f[1]), s.f[2], s.f[3], s.f[4], s.f[5], 0, gotime.UTC)
}

func (rt *Runtime) wallStart() int64 {
	if rt.opts.WallStart != 0 {
		return rt.opts.WallStart
	}
	return defaultWallStart
}

// wallNs is time.time_ns().
func (rt *Runtime) wallNs() int64 { return rt.wallStart() + rt.now - rt.start }

// WallNs is time.time_ns() on the virtual clock: the host's wall start
// plus virtual elapsed time. Other Go modules (datetime.now) read it
// through RuntimeOf(in).WallNs().
func (rt *Runtime) WallNs() int64 { return rt.wallNs() }

// blockingSleep is time.sleep(d): the virtual clock moves, nothing else runs.
func (rt *Runtime) blockingSleep(d float64) error {
	if d < 0 {
		return py.Errorf(py.ValueError, "sleep length must be non-negative")
	}
	ns := secondsToNs(d)
	if rt.inExecutor > 0 {
		rt.executorDelay += ns
		return nil
	}
	if tr := rt.tracer; tr != nil {
		tr.blocking("time.sleep", ns)
	}
	return rt.advanceTo(rt.now + ns)
}

var weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// strftime formats the common directives.
func strftime(format string, s *StructTime) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		ch := format[i]
		if ch != '%' || i+1 == len(format) {
			b.WriteByte(ch)
			continue
		}
		i++
		f := s.f
		switch format[i] {
		case 'Y':
			b.WriteString(strconv.Itoa(f[0]))
		case 'y':
			b.WriteString(pad(f[0]%100, 2))
		case 'm':
			b.WriteString(pad(f[1], 2))
		case 'd':
			b.WriteString(pad(f[2], 2))
		case 'H':
			b.WriteString(pad(f[3], 2))
		case 'I':
			h := f[3] % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(pad(h, 2))
		case 'M':
			b.WriteString(pad(f[4], 2))
		case 'S':
			b.WriteString(pad(f[5], 2))
		case 'p':
			if f[3] < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(weekdayNames[f[6]][:3])
		case 'A':
			b.WriteString(weekdayNames[f[6]])
		case 'b', 'h':
			b.WriteString(monthNames[f[1]-1][:3])
		case 'B':
			b.WriteString(monthNames[f[1]-1])
		case 'j':
			b.WriteString(pad(f[7], 3))
		case 'w':
			b.WriteString(strconv.Itoa((f[6] + 1) % 7))
		case 'Z':
			b.WriteString("UTC")
		case 'z':
			b.WriteString("+0000")
		case 'c':
			b.WriteString(strftime("%a %b %d %H:%M:%S %Y", s))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", s))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", s))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", s))
		case 'T':
			b.WriteString(strftime("%H:%M:%S", s))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", s))
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func (rt *Runtime) structTimeArg(in *py.Interp, args []py.Object) (*StructTime, error) {
	if len(args) == 0 || args[0] == py.None {
		return newStructTime(gotime.Unix(0, rt.wallNs()).UTC()), nil
	}
	if st, ok := args[0].(*StructTime); ok {
		return st, nil
	}
	items, err := py.Collect(in, args[0])
	if err != nil {
		return nil, err
	}
	if len(items) != 9 {
		return nil, py.Errorf(py.TypeError, "time.struct_time() takes a 9-sequence (%d-sequence given)", len(items))
	}
	st := &StructTime{}
	for i, it := range items {
		if st.f[i], err = py.Index(in, it); err != nil {
			return nil, err
		}
	}
	return st, nil
}

func (rt *Runtime) timeModule() (*py.Module, error) {
	m := newModule("time")
	def := func(name string, f py.Func) { m.Dict.SetStr(py.Intern(name), fn("time", name, f)) }
	noarg := func(name string, f func() py.Object) {
		def(name, func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
			if len(args) > 0 {
				return nil, py.Errorf(py.TypeError, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return f(), nil
		})
	}
	noarg("time", func() py.Object { return py.Float(float64(rt.wallNs()) / 1e9) })
	noarg("time_ns", func() py.Object { return py.Int(rt.wallNs()) })
	mono := func() py.Object { return py.Float(float64(rt.now) / 1e9) }
	monoNs := func() py.Object { return py.Int(rt.now) }
	noarg("monotonic", mono)
	noarg("monotonic_ns", monoNs)
	noarg("perf_counter", mono)
	noarg("perf_counter_ns", monoNs)
	noarg("process_time", func() py.Object { return py.Float(0) })
	noarg("process_time_ns", func() py.Object { return py.Int(0) })
	noarg("thread_time", func() py.Object { return py.Float(0) })
	noarg("thread_time_ns", func() py.Object { return py.Int(0) })
	def("sleep", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "time.sleep() takes exactly one argument (%d given)", len(args))
		}
		d, err := toSeconds(in, args[0])
		if err != nil {
			return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
		}
		return py.None, rt.blockingSleep(d)
	})
	gm := func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(args) == 0 || args[0] == py.None {
			return newStructTime(gotime.Unix(0, rt.wallNs()).UTC()), nil
		}
		s, err := toSeconds(in, args[0])
		if err != nil {
			return nil, err
		}
		return newStructTime(gotime.Unix(0, secondsToNs(s)).UTC()), nil
	}
	def("gmtime", gm)
	def("localtime", gm)
	def("mktime", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		st, err := rt.structTimeArg(in, args)
		if err != nil {
			return nil, err
		}
		return py.Float(float64(st.goTime().Unix())), nil
	})
	def("strftime", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "strftime() takes at least 1 argument (0 given)")
		}
		f, ok := args[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "strftime() argument 1 must be str, not %s", py.TypeName(args[0]))
		}
		st, err := rt.structTimeArg(in, args[1:])
		if err != nil {
			return nil, err
		}
		return py.NewStr(strftime(f.S, st)), nil
	})
	asctime := func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		st, err := rt.structTimeArg(in, args)
		if err != nil {
			return nil, err
		}
		day := strconv.Itoa(st.f[2])
		if len(day) == 1 {
			day = " " + day
		}
		return py.NewStr(strftime("%a %b "+day+" %H:%M:%S %Y", st)), nil
	}
	def("asctime", asctime)
	def("ctime", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 && args[0] != py.None {
			s, err := toSeconds(in, args[0])
			if err != nil {
				return nil, err
			}
			return asctime(in, []py.Object{newStructTime(gotime.Unix(0, secondsToNs(s)).UTC())}, nil)
		}
		return asctime(in, nil, nil)
	})
	m.Dict.SetStr(py.Intern("timezone"), py.Int(0))
	m.Dict.SetStr(py.Intern("altzone"), py.Int(0))
	m.Dict.SetStr(py.Intern("daylight"), py.Int(0))
	m.Dict.SetStr(py.Intern("tzname"), py.NewTuple(py.NewStr("UTC"), py.NewStr("UTC")))
	m.Dict.SetStr(py.Intern("struct_time"), StructTimeType)
	return m, nil
}

func init() { py.OnSetup(setupStructTime) }

func setupStructTime() {
	t := StructTimeType
	for i, name := range structTimeFields {
		i := i
		t.AddGetSet(name, func(in *py.Interp, o py.Object) (py.Object, error) { return py.Int(o.(*StructTime).f[i]), nil }, nil)
	}
	t.AddGetSet("tm_zone", func(in *py.Interp, o py.Object) (py.Object, error) { return py.NewStr("UTC"), nil }, nil)
	t.AddGetSet("tm_gmtoff", func(in *py.Interp, o py.Object) (py.Object, error) { return py.Int(0), nil }, nil)
	t.AddMethod("__len__", noArgs("__len__", func(in *py.Interp, o py.Object) (py.Object, error) { return py.Int(9), nil }))
	t.AddMethod("__getitem__", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		items := make([]py.Object, 9)
		for i, v := range o.(*StructTime).f {
			items[i] = py.Int(v)
		}
		return py.GetItem(in, py.NewTuple(items...), args[0])
	})
	t.AddMethod("__iter__", noArgs("__iter__", func(in *py.Interp, o py.Object) (py.Object, error) {
		items := make([]py.Object, 9)
		for i, v := range o.(*StructTime).f {
			items[i] = py.Int(v)
		}
		return py.Iter(in, py.NewTuple(items...))
	}))
	t.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) {
		parts := make([]string, 9)
		for i, v := range o.(*StructTime).f {
			parts[i] = structTimeFields[i] + "=" + strconv.Itoa(v)
		}
		return py.NewStr("time.struct_time(" + strings.Join(parts, ", ") + ")"), nil
	}))
}
