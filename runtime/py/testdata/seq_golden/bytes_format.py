print(b"%d-%s|%5.2f|%x|%c" % (5, b"ab", 2.5, 255, 65), bytearray(b"%s!") % b"z", b"%(k)s" % {b"k": b"v"}, b"100%%" % ())
print(b"\xff%s" % b"\xfe")
