import contextlib
import io
import logging
import sys

print(logging.INFO, logging.getLevelName(logging.INFO), logging.getLevelName(25),
      logging.getLevelName('ERROR'), logging.WARN, logging.FATAL)

# A named logger with no handlers anywhere: the last-resort handler prints the message only.
err = io.StringIO()
with contextlib.redirect_stderr(err):
    lg = logging.getLogger('app.db')
    lg.warning('disk %s at %d%%', 'sda', 93)
    lg.info('not shown')
    lg.error('boom')
print(repr(err.getvalue()))

print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
a = logging.getLogger('a.b.c')
ab = logging.getLogger('a.b')
print(a.parent.name, ab.parent.name, logging.getLogger('a.b') is ab, a.getChild('d').name)
print(repr(a), repr(logging.root), a.getEffectiveLevel(), a.isEnabledFor(logging.INFO))
ab.setLevel(logging.DEBUG)
print(repr(a), a.getEffectiveLevel(), a.isEnabledFor(logging.DEBUG), ab.level)
ab.setLevel('INFO')
print(a.getEffectiveLevel(), a.hasHandlers())

# Module-level functions configure the root logger themselves.
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.warning('x')
    logging.info('hidden')
    logging.getLogger('svc').error('from %s', 'svc')
print(repr(err.getvalue()))
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)

out = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=out, force=True,
                    format='%(levelname)-8s|%(name)s|%(funcName)s|%(message)s')


def work():
    logging.getLogger('app').debug('working %d', 3)


work()
logging.info('dict args %(a)s', {'a': 1})
logging.log(logging.CRITICAL, 'crit')
logging.basicConfig(level=logging.ERROR, format='ignored')
logging.debug('still configured')
print(out.getvalue(), end='')

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('{levelname}:{name}:{message}', style='{'))
h.setLevel(logging.WARNING)
lg = logging.getLogger('brace')
lg.propagate = False
lg.addHandler(h)
lg.info('no')
lg.warning('yes %s', 'args')
lg.critical('c')
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('failed')
print(out.getvalue().splitlines()[:4], out.getvalue().splitlines()[-1])

# Formatting a record with a fixed creation time.
f = logging.Formatter('%(asctime)s %(levelname)s %(message)s')
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('w',), 'levelname': 'INFO',
                             'created': 1700000000.25, 'msecs': 250.0})
print(f.format(rec))
f2 = logging.Formatter('%(asctime)s|%(message)s', datefmt='%d/%m/%Y %H:%M')
print(f2.format(rec), f2.formatTime(rec, '%Y'))
f3 = logging.Formatter('$levelname $message', style='$')
print(f3.format(rec))
print(logging.Formatter().format(rec))

out = io.StringIO()
h2 = logging.StreamHandler(out)
h2.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s %(user)s'))
flt = logging.getLogger('flt')
flt.propagate = False
flt.addHandler(h2)
flt.addFilter(lambda r: 'secret' not in r.getMessage())
flt.warning('ok', extra={'user': 'bob'})
flt.warning('secret', extra={'user': 'eve'})
ad = logging.LoggerAdapter(flt, {'user': 'ada'})
ad.error('via adapter')
print(out.getvalue(), end='')
print(logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.b.c'})),
      logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.bc'})))
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print('ValueError', e)
try:
    logging.getLogger('x').setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
print(repr(logging.StreamHandler(sys.stdout).level), repr(logging.NullHandler()))
logging.disable(logging.CRITICAL)
print(logging.getLogger('z').isEnabledFor(logging.CRITICAL))
logging.disable(logging.NOTSET)
print(logging.getLogger('z').isEnabledFor(logging.CRITICAL))
