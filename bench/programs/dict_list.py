# Dict and list churn: inserts, lookups, deletes, appends and pops.
def churn(n):
    d = {}
    lst = []
    hits = 0
    for i in range(n):
        k = i % 5003
        if k in d:
            hits += d[k]
            del d[k]
        else:
            d[k] = i
        lst.append(i)
        if len(lst) > 100:
            lst.pop(0)
            lst.pop()
    keys = sorted(d)[:5]
    return hits, len(d), len(lst), keys, sum(lst)


print(churn(1_000_000))
