"""Dates and times: timedelta, date, time, datetime, timezone.

The sandbox has no local time zones: "local time" is UTC. now(), today()
and utcnow() read time.time(), the interpreter's (virtual) clock.
"""
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHNAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')
_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    # Ordinal 1 is 0001-01-01; count whole 400, 100, 4 and 1 year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    m = 1
    while True:
        dim = _days_in_month(y, m)
        if n < dim:
            return y, m, n + 1
        n -= dim
        m += 1


def _index(v):
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not hasattr(v, '__index__'):
        raise TypeError("an integer is required (got type %s)" % type(v).__name__)
    return v.__index__()


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _fmt_offset(off, sep=':'):
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    mm, ss = divmod(off.days * 86400 + off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _fmt_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _strftime(fmt, y, mo, d, hh, mi, ss, us, tzobj, ref):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        wd = (_ymd2ord(y, mo, d) + 6) % 7
        if code == 'Y':
            out.append('%d' % y)
        elif code == 'm':
            out.append('%02d' % mo)
        elif code == 'd':
            out.append('%02d' % d)
        elif code == 'e':
            out.append('%2d' % d)
        elif code == 'H':
            out.append('%02d' % hh)
        elif code == 'M':
            out.append('%02d' % mi)
        elif code == 'S':
            out.append('%02d' % ss)
        elif code == 'f':
            out.append('%06d' % us)
        elif code == 'a':
            out.append(_DAYNAMES[wd][:3])
        elif code == 'A':
            out.append(_DAYNAMES[wd])
        elif code == 'w':
            out.append('%d' % ((wd + 1) % 7))
        elif code == 'u':
            out.append('%d' % (wd + 1))
        elif code in 'bh':
            out.append(_MONTHNAMES[mo][:3])
        elif code == 'B':
            out.append(_MONTHNAMES[mo])
        elif code == 'j':
            out.append('%03d' % (_DAYS_BEFORE_MONTH[mo] + (mo > 2 and _is_leap(y)) + d))
        elif code == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif code == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif code == 'y':
            out.append('%02d' % (y % 100))
        elif code == 'C':
            out.append('%02d' % (y // 100) if y >= 1000 else '%d' % (y // 100))
        elif code == 'Z':
            name = tzobj.tzname(ref) if tzobj is not None else None
            out.append(name or '')
        elif code == 'z':
            off = tzobj.utcoffset(ref) if tzobj is not None else None
            out.append(_fmt_offset(off, ''))
        elif code == 'F':
            out.append('%04d-%02d-%02d' % (y, mo, d))
        elif code == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif code == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd][:3], _MONTHNAMES[mo][:3],
                                                       d, hh, mi, ss, y))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif code == 'G' or code == 'V':
            iy, iw, _ = _isocal(y, mo, d)
            out.append('%d' % iy if code == 'G' else '%02d' % iw)
        elif code == 'U':
            yday = _DAYS_BEFORE_MONTH[mo] + (mo > 2 and _is_leap(y)) + d - 1
            out.append('%02d' % ((yday + 7 - (wd + 1) % 7) // 7))
        elif code == 'W':
            yday = _DAYS_BEFORE_MONTH[mo] + (mo > 2 and _is_leap(y)) + d - 1
            out.append('%02d' % ((yday + 7 - wd) // 7))
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _isocal(y, m, d):
    def week1_monday(year):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday
    today = _ymd2ord(y, m, d)
    year = y
    start = week1_monday(year)
    if today < start:
        year -= 1
        start = week1_monday(year)
    elif today >= week1_monday(year + 1):
        year += 1
        start = week1_monday(year)
    week, day = divmod(today - start, 7)
    return year, week + 1, day + 1


class timedelta:
    """A duration, kept as days, seconds (0..86399) and microseconds."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        whole = 0
        frac = 0.0
        for v, scale in ((days, _US_PER_DAY), (seconds, 1000000), (microseconds, 1),
                         (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                         (weeks, 7 * _US_PER_DAY)):
            if isinstance(v, float):
                ip = int(v)
                whole += ip * scale
                frac += (v - ip) * scale
            elif isinstance(v, int):
                whole += v * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % ({1: 'microseconds'}.get(scale, 'days'), type(v).__name__))
        if frac:
            fi = int(frac // 1)
            rest = frac - fi
            whole += fi
            if rest > 0.5 or (rest == 0.5 and whole % 2 == 1):
                whole += 1
        return cls._from_us(whole, cls)

    @staticmethod
    def _from_us(us, cls=None):
        self = object.__new__(cls or timedelta)
        d, rest = divmod(us, _US_PER_DAY)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        if not parts:
            parts.append('0')
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_div_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


def _div_round(a, b):
    # a / b rounded half to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    """Abstract base of time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        off = dt.utcoffset()
        dst = dt.dst() or timedelta(0)
        return dt + (off - dst) + dst


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             'and timedelta(hours=24), not %r.' % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset)
        return '%s.%s(%r, %r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _fmt_offset(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


class date:
    """A calendar date (proleptic Gregorian)."""
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month, day):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _ord2ymd(int(t // 86400) + 719163)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_isodate(s)
        if ymd is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _ymd2ord(year, 1, 4)
        monday = first - (first + 6) % 7
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        wd = self.weekday()
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd][:3], _MONTHNAMES[self._month][:3],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError('must be str, not %s' % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        if isinstance(other, date) and isinstance(self, datetime) == isinstance(other, datetime):
            return True
        return False

    def __eq__(self, other):
        if self._comparable(other):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_isodate(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        y, m, d = _digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2)
    elif len(s) == 8:
        y, m, d = _digits(s, 0, 4), _digits(s, 4, 2), _digits(s, 6, 2)
    else:
        return None
    if y is None or m is None or d is None:
        return None
    return y, m, d


def _parse_isotime(s):
    """Parse HH[:MM[:SS[.fff[fff]]]][+HH:MM|Z]; return (h, m, s, us, tz) or None."""
    tz = None
    for j, c in enumerate(s):
        if c in '+-Z':
            tzpart = s[j:]
            s = s[:j]
            if tzpart == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == '-' else 1
                body = tzpart[1:].replace(':', '')
                if len(body) not in (4, 6) or not body.isdigit():
                    return None
                off = timedelta(hours=int(body[:2]), minutes=int(body[2:4]),
                                seconds=int(body[4:6] or 0))
                tz = timezone.utc if not off else timezone(sign * off)
            break
    h = _digits(s, 0, 2)
    if h is None:
        return None
    mi = sec = us = 0
    rest = s[2:]
    if rest:
        if rest[0] == ':':
            rest = rest[1:]
        mi = _digits(rest, 0, 2)
        if mi is None:
            return None
        rest = rest[2:]
        if rest:
            if rest[0] == ':':
                rest = rest[1:]
            sec = _digits(rest, 0, 2)
            if sec is None:
                return None
            rest = rest[2:]
            if rest:
                if rest[0] not in '.,' or not rest[1:].isdigit() or len(rest) < 2:
                    return None
                frac = rest[1:7]
                us = int(frac.ljust(6, '0'))
    return h, mi, sec, us, tz


_NUM_RANGES = {'Y': (4, 4, 0, 9999), 'm': (2, 1, 1, 12), 'd': (2, 1, 1, 31),
               'H': (2, 1, 0, 23), 'M': (2, 1, 0, 59), 'S': (2, 1, 0, 61), 'I': (2, 1, 1, 12),
               'y': (2, 2, 0, 99), 'j': (3, 1, 1, 366), 'f': (6, 1, 0, 999999)}


def _strptime_tokens(fmt):
    tokens = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray % in format '%s'" % fmt)
            code = fmt[i + 1]
            i += 2
            if code == '%':
                tokens.append(('lit', '%'))
            elif code in _NUM_RANGES or code in 'aAbBhpzZ':
                tokens.append(('dir', 'b' if code == 'h' else code))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, '%' + code))
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            tokens.append(('space', None))
        else:
            tokens.append(('lit', c))
            i += 1
    return tokens


def _strptime_candidates(code, s, i):
    """Yield (value, next index) for directive code at s[i:], preferred first."""
    if code in _NUM_RANGES:
        most, least, lo, hi = _NUM_RANGES[code]
        if code == 'd' and s[i:i + 1] == ' ':
            i += 1
            most = 1
        for n in range(most, least - 1, -1):
            part = s[i:i + n]
            if len(part) == n and part.isdigit() and part.isascii():
                v = int(part)
                if code == 'f':
                    v = int(part.ljust(6, '0'))
                if lo <= v <= hi:
                    yield v, i + n
        return
    low = s[i:].lower()
    if code in 'aA':
        names = [n.lower() for n in _DAYNAMES] + [n[:3].lower() for n in _DAYNAMES]
        for k, n in enumerate(names):
            if low.startswith(n):
                yield k % 7, i + len(n)
        return
    if code == 'B' or code == 'b':
        names = [n.lower() for n in _MONTHNAMES[1:]] + [n[:3].lower() for n in _MONTHNAMES[1:]]
        for k, n in enumerate(names):
            if low.startswith(n):
                yield k % 12 + 1, i + len(n)
        return
    if code == 'p':
        for n in ('am', 'pm'):
            if low.startswith(n):
                yield n, i + 2
        return
    if code == 'Z':
        for n in ('utc', 'gmt'):
            if low.startswith(n):
                yield n, i + 3
        return
    if code == 'z':
        if s[i:i + 1] == 'Z':
            yield timedelta(0), i + 1
            return
        if s[i:i + 1] not in ('+', '-'):
            return
        sign = -1 if s[i] == '-' else 1
        j = i + 1
        parts = []
        while len(parts) < 3:
            p = s[j:j + 2]
            if len(p) != 2 or not p.isdigit():
                break
            parts.append(int(p))
            j += 2
            if len(parts) < 3 and s[j:j + 1] == ':' and s[j + 1:j + 3].isdigit():
                j += 1
        if len(parts) < 2:
            return
        us = 0
        if len(parts) == 3 and s[j:j + 1] == '.' and s[j + 1:j + 2].isdigit():
            k = j + 1
            while k < len(s) and k < j + 7 and s[k].isdigit():
                k += 1
            us = int(s[j + 1:k].ljust(6, '0'))
            j = k
        off = timedelta(hours=parts[0], minutes=parts[1],
                        seconds=parts[2] if len(parts) == 3 else 0, microseconds=us)
        yield sign * off, j


def _strptime_match(tokens, ti, s, si, found):
    if ti == len(tokens):
        return si
    kind, val = tokens[ti]
    if kind == 'lit':
        if s[si:si + 1].lower() == val.lower():
            return _strptime_match(tokens, ti + 1, s, si + 1, found)
        return -1
    if kind == 'space':
        j = si
        while j < len(s) and s[j].isspace():
            j += 1
        if j == si:
            return -1
        return _strptime_match(tokens, ti + 1, s, j, found)
    for v, j in _strptime_candidates(val, s, si):
        found[val] = v
        end = _strptime_match(tokens, ti + 1, s, j, found)
        if end >= 0:
            return end
        del found[val]
    return -1


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s' % type(fmt).__name__)
    tokens = _strptime_tokens(fmt)
    found = {}
    end = -1
    # Like a regular expression search anchored at the start: the shortest
    # acceptable end is not preferred, the first successful one is.
    end = _strptime_match(tokens, 0, data, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError('unconverted data remains: %s' % data[end:])
    year = found.get('Y', 1900)
    if 'y' in found:
        yy = found['y']
        year = yy + (2000 if yy <= 68 else 1900)
    month = found.get('B', found.get('b', found.get('m', 1)))
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    minute = found.get('M', 0)
    second = min(found.get('S', 0), 59)
    us = found.get('f', 0)
    tz = None
    if 'z' in found:
        off = found['z']
        tz = timezone.utc if not off else timezone(off)
    if 'j' in found and 'm' not in found and 'b' not in found and 'B' not in found:
        n = _ymd2ord(year, 1, 1) + found['j'] - 1
        year, month, day = _ord2ymd(n)
    return year, month, day, hour, minute, second, us, tz


class time:
    """A time of day, with optional tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        p = _parse_isotime(s[1:] if s.startswith('T') else s)
        if p is None:
            raise ValueError('Invalid isoformat string: %r' % (s,))
        return cls(*p)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec='auto'):
        return (_fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _fmt_offset(self.utcoffset()))

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__, s)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, None)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't compare offset-naive and offset-aware times")
        k1 = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        k2 = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        if a is not None:
            k1 -= a._us()
            k2 -= b._us()
        return k1, k2

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                a, b = self._key(other)
            except TypeError:
                return False
            return a == b
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            a, b = self._key(other)
            return a < b
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            a, b = self._key(other)
            return a <= b
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            a, b = self._key(other)
            return a > b
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            a, b = self._key(other)
            return a >= b
        return NotImplemented

    def __hash__(self):
        return hash((self._hour, self._minute, self._second, self._microsecond, self.utcoffset()))

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, with optional tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        (self._hour, self._minute, self._second,
         self._microsecond) = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz):
        days, rest = divmod(us, _US_PER_DAY)
        days += 1
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        s, us = divmod(rest, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        return cls(y, m, d, h, mi, s, us, tz)

    def _local_us(self):
        return (((self.toordinal() - 1) * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if isinstance(t, float):
            us = round(t * 1000000)
        else:
            us = _index(t) * 1000000
        dt = cls._from_us(us + 719162 * _US_PER_DAY, None)
        if tz is not None:
            dt = tz.fromutc(dt.replace(tzinfo=tz))
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if not isinstance(d, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(d).__name__)
        if not isinstance(t, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(t).__name__)
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo,
                   fold=t.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        datepart, timepart = s[:10], s[11:]
        if len(s) > 10 and s[10] not in 'T ':
            datepart, timepart = s[:8], s[9:]
            if len(s) <= 8 or s[8] not in 'T ':
                raise ValueError('Invalid isoformat string: %r' % (s,))
        ymd = _parse_isodate(datepart)
        if ymd is None or (len(s) > len(datepart) and not timepart):
            raise ValueError('Invalid isoformat string: %r' % (s,))
        if timepart:
            p = _parse_isotime(timepart)
            if p is None:
                raise ValueError('Invalid isoformat string: %r' % (s,))
        else:
            p = (0, 0, 0, 0, None)
        return cls(*(ymd + p))

    @classmethod
    def strptime(cls, date_string, format):
        f = _strptime(date_string, format)
        y, mo, d, h, mi, sec, us, tz = f
        return cls(y, mo, d, h, mi, sec, us, tz)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timestamp(self):
        us = self._local_us() - 719162 * _US_PER_DAY
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us / 10 ** 6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        _check_tzinfo(tz)
        off = self.utcoffset()
        us = self._local_us() - (off._us() if off is not None else 0)
        utc = type(self)._from_us(us, tz)
        return tz.fromutc(utc)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return dt.replace(tzinfo=None).timetuple()[:8] + (0,)

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _fmt_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        s = '%d, %d, %d, %d, %d' % (self._year, self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s += ', %d' % self._second
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__, s)

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[self.weekday()][:3], _MONTHNAMES[self._month][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _utc_key(self, other, what):
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            if what is None:
                return None
            raise TypeError("can't %s offset-naive and offset-aware datetimes" % what)
        k1, k2 = self._local_us(), other._local_us()
        if a is not None:
            k1 -= a._us()
            k2 -= b._us()
        return k1, k2

    def _cmp_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s.%s to %s.%s" % (
                'datetime', 'datetime', 'datetime', type(other).__name__))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            k = self._utc_key(other, None)
            return k is not None and k[0] == k[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if self._cmp_check(other):
            a, b = self._utc_key(other, 'compare')
            return a < b
        return NotImplemented

    def __le__(self, other):
        if self._cmp_check(other):
            a, b = self._utc_key(other, 'compare')
            return a <= b
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_check(other):
            a, b = self._utc_key(other, 'compare')
            return a > b
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_check(other):
            a, b = self._utc_key(other, 'compare')
            return a >= b
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._local_us() - (off._us() if off is not None else 0))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._local_us() - other._us(), self._tzinfo)
        if isinstance(other, datetime):
            a, b = self._utc_key(other, 'subtract')
            return timedelta._from_us(a - b)
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

datetime_CAPI = None
del datetime_CAPI
