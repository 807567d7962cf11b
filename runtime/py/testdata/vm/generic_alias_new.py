# types.GenericAlias is constructible: GenericAlias(origin, args).
GenericAlias = type(list[int])  # types.GenericAlias (no stdlib in this package's tests)

g = GenericAlias(list, (int,))
print(g, g == list[int], hash(g) == hash(list[int]))
print(g.__origin__, g.__args__, type(g) is GenericAlias)
print(GenericAlias(dict, (str, int)))
h = GenericAlias(list, int)
print(h, h.__args__)
print(GenericAlias(tuple, ()), GenericAlias(3, (int,)))
print(g([1, 2]), isinstance(list[str], GenericAlias))
for a, k in [((list,), {}), ((list, int, str), {}), ((), {}), ((list, (int,)), {'x': 1})]:
    try:
        print(GenericAlias(*a, **k))
    except TypeError as e:
        print(type(e).__name__, e)
