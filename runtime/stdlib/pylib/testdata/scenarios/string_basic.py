import string
from string import Template, Formatter


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, repr(string.printable))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'), string.capwords(''), string.capwords(' x '))
s = Template('$who likes $what; ${who}s $$ cost $5 and $ end ${bad and $')
t(lambda: s.substitute(who='tim', what='kung pao'))
t(lambda: s.safe_substitute(who='tim'))
t(lambda: Template('$who likes $what').substitute({'who': 'a'}, what='b'))
t(lambda: Template('$who likes $what').substitute({'who': 'a'}))
t(lambda: Template('x\ny $1').substitute({}))
t(lambda: Template('$').substitute({}))
t(lambda: Template('${a}b $a_1c $A $_x').substitute(a=1, a_1c=2, A=3, _x=4))
t(lambda: Template('$who $who ${who} $$').get_identifiers())
t(lambda: (Template('$a $$').is_valid(), Template('$a $').is_valid()))
t(lambda: Template('${a ${b}').safe_substitute(b=2))
t(lambda: Template('$a$b').substitute(a=1, b=[2]))


class Pct(Template):
    delimiter = '%'


t(lambda: Pct('%x is %% and %{y}').substitute(x=1, y=2))
fmt = Formatter()
for spec in ['', 'abc', 'a{{b', 'a}}b', '{0}', '{} {}', '{x!r:>10}', '{0[1]}', '{a.b}', '{0:{1}}', 'x{{y}}z{0}w', '{!s}', '{0!a}', '{:>{}}',
             'a{', 'a}', '{0', '{0!}', '{0!}}', '{0!}x}', '{0!r', '{!}', '{0!:}', '{0!r:}', '{0!rr}', '{0:{1}', '{0:{1}}}', '{0:}}', '{a[}]}', '{a[]}', '{a[0]x}', '{0!r}}', '{0!', '{0:', 'a{0:x{', '{{}}{', '}', '{a{b}', '{0!rx}', '{0[}', '{0.}', '{[a]}', '{x[0].y}']:
    t(lambda: list(fmt.parse(spec)))
t(lambda: fmt.format('{0} {1:>5} {name!r} {0[0]}', 'ab', 3, name='n'))
t(lambda: fmt.format('{} {}', 1, 2))
t(lambda: fmt.format('{} {0}', 1, 2))
t(lambda: fmt.format('{0} {}', 1, 2))
t(lambda: fmt.format('{:{}}', 'x', 5))
t(lambda: fmt.format('{a.real} {b[k]} {c[0][1]}', a=3, b={'k': 'v'}, c=[[1, 2]]))
t(lambda: fmt.format('{0!x}', 1))
t(lambda: fmt.format('{missing}'))
t(lambda: fmt.format('{5}', 1))
