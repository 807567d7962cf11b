print("a"
print(2)
