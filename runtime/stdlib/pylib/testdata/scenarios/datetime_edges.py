import io, json, datetime as d
s = io.StringIO()
print('a', 'b', file=s)
json.dump({'x': [1, 2]}, s)
print(repr(s.getvalue()))
print(d.date(1, 1, 1).strftime('%Y|%C|%G'), d.date(999, 5, 5).strftime('%Y %U %W %V %u %w'))
print(d.timedelta(microseconds=0.5), d.timedelta(microseconds=1.5), d.timedelta(seconds=-0.000001))
print(d.timedelta(days=1.123456789), d.timedelta(hours=1) * 1.1, d.timedelta(hours=1) / 3.3)
print(d.datetime(2024, 2, 29) + d.timedelta(days=365), d.date(2024, 2, 29).replace(year=2028))
try: d.date(2024,2,29).replace(year=2023)
except ValueError as e: print(e)
print(d.datetime.fromtimestamp(-1.5), d.datetime(1970,1,1).timestamp())
print(d.datetime(2020,1,1) == d.date(2020,1,1), hash(d.timezone.utc))
print(sorted({d.date(2020,1,2): 1, d.date(2019,1,1): 2}))
print(d.time(1,2) < d.time(1,3), d.datetime.strptime if False else '')
b = io.BytesIO(); b.close()
try: b.read()
except ValueError as e: print(e)
print(io.StringIO('abc').read(None), io.StringIO('abc\n').readline(2))
from datetime import datetime
for s, f in [('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), ('20240102', '%Y%m%d'),
             ('2 Jan 2024', '%d %b %Y'), ('Tuesday, January 02, 24', '%A, %B %d, %y'),
             ('03:04 PM', '%I:%M %p'), ('12:01 am', '%I:%M %p'), ('2024-01-02T03:04:05.123+0530', '%Y-%m-%dT%H:%M:%S.%f%z'),
             ('2024-01-02 03:04:05Z', '%Y-%m-%d %H:%M:%S%z'), ('2024 032', '%Y %j'), ('1/2/2024', '%m/%d/%Y'),
             ('2024-13-01', '%Y-%m-%d'), ('2024-01-02x', '%Y-%m-%d'), ('2023-02-29', '%Y-%m-%d'),
             ('2024-01-02   10', '%Y-%m-%d %H'), ('5%', '%d%%'), ('2024-01-02', '%Y-%m-%d %H'), ('x', '%Q')]:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print('ValueError', e)
