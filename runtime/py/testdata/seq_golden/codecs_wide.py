print('a€😀'.encode('utf-16'), 'a€😀'.encode('utf-16-le'), 'a€😀'.encode('utf-16-be'), 'a😀'.encode('utf-32'), 'a'.encode('utf-32-be'))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\x00a'.decode('utf-16-be'), b'a\x00\x00\x00'.decode('utf-32'), b'a\x00'.decode('utf-16'))
print('a€😀'.encode('utf-16').decode('utf-16'), 'a€😀'.encode('utf-32-be').decode('utf-32-be'))
for b,e in [(b'a', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'abc', 'utf-32')]:
  try: b.decode(e)
  except Exception as x: print(x)
try: '\ud800'.encode('utf-16')
except Exception as x: print(x)
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
