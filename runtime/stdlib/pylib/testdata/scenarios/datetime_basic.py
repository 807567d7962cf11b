import datetime as dt
from datetime import timedelta, date, time, datetime, timezone

print(dt.MINYEAR, dt.MAXYEAR)
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds())
print(repr(timedelta()), repr(timedelta(seconds=3, days=1)), repr(timedelta(microseconds=-1)))
print(timedelta(hours=-1), timedelta(days=-2, seconds=5), timedelta(weeks=2))
print(timedelta(seconds=1.5), timedelta(milliseconds=2.5), timedelta(days=0.1))
print(td + td, td - timedelta(days=3), -td, abs(-td), td * 2, 2 * td, td / 2, td // 3)
print(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(divmod(td, timedelta(hours=5)), td * 0.5)
print(td > timedelta(1), td == timedelta(1, 7384, 5), bool(timedelta()), hash(td) == hash(timedelta(1, 7384, 5)))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print('OverflowError', e)

d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar())
print(d.toordinal(), date.fromordinal(738887), d.isoformat(), d.ctime())
print(d + timedelta(days=59), d - timedelta(days=3), date(2024, 3, 1) - d)
print(d.replace(month=2, day=29), d < date(2024, 1, 3), d == date(2024, 1, 2))
print(date.fromisoformat('2023-12-31'), date.fromisoformat('20231231'))
print(d.strftime('%Y/%m/%d %a %A %b %B %j %y %% %H:%M'), format(d, '%d.%m.%Y'))
for args in [(0, 1, 1), (2024, 13, 1), (2023, 2, 29), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    date(2024.0, 1, 1)
except TypeError as e:
    print('TypeError', e)
for y in (2020, 2021, 2026, 2027):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())

t = time(3, 4, 5, 6)
print(t, repr(t), repr(time(3, 4)), repr(time(3, 4, 5)), time(12).isoformat())
print(t.isoformat('milliseconds'), t.isoformat(timespec='minutes'), t.strftime('%I:%M %p'))
print(time.fromisoformat('10:20:30.5'), time(1, tzinfo=timezone.utc))
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)

x = datetime(2024, 1, 2, 3, 4, 5)
print(x, repr(x), repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3, 4, 5, 6)))
print(x.date(), x.time(), x.isoformat(), x.isoformat(' ', 'seconds'), x.timestamp())
print(x + timedelta(hours=22), x - timedelta(days=400), x - datetime(2023, 12, 31))
print(x.replace(hour=23), x.weekday(), x.isocalendar(), x.ctime())
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %a %p %I %Z%z|'))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.25))
print(datetime.fromtimestamp(1700000000, timezone.utc))
print(repr(datetime.fromtimestamp(86400 * 365, tz=timezone(timedelta(hours=5, minutes=30)))))
print(datetime.fromisoformat('2024-05-06T07:08:09'), datetime.fromisoformat('2024-05-06 07:08'))
print(repr(datetime.fromisoformat('2024-05-06T07:08:09.123+02:00')))
print(datetime.fromisoformat('2024-05-06'), datetime.combine(d, t))
try:
    datetime.fromisoformat('2024-5-6')
except ValueError as e:
    print('ValueError', e)
utc = timezone.utc
a = datetime(2024, 1, 2, 12, tzinfo=utc)
b = datetime(2024, 1, 2, 14, tzinfo=timezone(timedelta(hours=2)))
print(a == b, a - b, a.timestamp(), repr(a), str(b), b.utcoffset(), b.tzname())
print(b.astimezone(utc), a.astimezone(timezone(timedelta(hours=-3), 'X')))
print(repr(utc), str(utc), repr(timezone(timedelta(hours=5))), timezone(timedelta(hours=-5, minutes=-30)))
print(repr(timezone(timedelta(hours=1), 'CET')), timezone(timedelta(hours=1), 'CET'))
print(a.strftime('%Z %z'), b.strftime('%Z %z'))
try:
    a < x
except TypeError as e:
    print('TypeError', e)
try:
    a - x
except TypeError as e:
    print('TypeError', e)
print(a == x, x == d, sorted([x, datetime(2020, 1, 1), datetime(2030, 1, 1)]))
print(isinstance(x, date), issubclass(datetime, date), datetime.min, datetime.max)
print(date.min, date.max, time.min, time.max)
n = datetime.now()
print(type(n).__name__, isinstance(datetime.today(), datetime), type(date.today()).__name__)
print(f'{x:%H:%M}', '{:%Y}'.format(x))
