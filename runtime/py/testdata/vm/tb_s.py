d = {}
x = d[
  "k"]
