import logging, sys, io
out = io.StringIO()
logging.basicConfig(stream=out, format='%(name)s:%(lineno)d:%(funcName)s:%(module)s:%(filename)s %(message)s %(exc_text)s')
logging.exception('no exc')
def helper():
    logging.getLogger('h').warning('from helper', stacklevel=2)
def caller():
    helper()
caller()
class MyErr(Exception): pass
try:
    raise MyErr()
except MyErr as e:
    logging.getLogger('m').error('inst', exc_info=e)
logging.getLogger('m').error('plain %s %s', 1, [2])
print(out.getvalue().replace('\n', '|').split('|Traceback')[0])
print(out.getvalue().splitlines()[-2:])
print(repr(logging.StreamHandler()), repr(logging.StreamHandler(sys.stdout)))
print(logging.getLevelNamesMapping()['WARN'])
lg = logging.getLogger('p.q')
print(lg.handlers, lg.propagate, lg.disabled, lg.filters)
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
f = logging.Formatter('%(levelname)s %(message)s', defaults={'x': 1})
print(f.format(logging.makeLogRecord({'msg': 'm', 'levelname': 'L'})))
try:
    logging.Formatter('abc')
except ValueError as e:
    print(e)
