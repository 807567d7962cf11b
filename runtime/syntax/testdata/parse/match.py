match x:
    case 1:
        pass
    case -1 | 2.5 | -3j | 1 + 2j | -1 - 2j:
        pass
    case "s" | b"b" | 'a' 'b':
        pass
    case None | True | False:
        pass
    case a:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case ():
        pass
    case []:
        pass
    case (a,):
        pass
    case (a):
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case {"k": v, 1: w, a.b: c, **rest}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case a.B():
        pass
    case [Point(x=0) as p, *_] if p.y > 0:
        pass
    case (1 | 2) as n:
        pass
    case str() | bytes():
        pass
match x, y:
    case a, b: pass
match (x):
    case _: pass
match = 1
match.x = 2
match[0] = 3
match(1)
print(match, case, _)
case = 1
_ = 2
match -x:
    case 1: pass
match *a, b:
    case _: pass
