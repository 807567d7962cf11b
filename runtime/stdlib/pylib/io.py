"""In-memory text and binary streams: StringIO and BytesIO.

Only the in-memory streams are provided (the sandbox has no files); the
base classes exist so that isinstance checks work.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base of all streams: closing, context management, line iteration."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return False

    def writable(self):
        self._check_open()
        return False

    def seekable(self):
        self._check_open()
        return False

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(size, '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size.__index__()


class StringIO(TextIOBase):
    """A text stream kept in memory as a list of characters."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._tail = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def _translate_in(self, s):
        nl = self._newline
        if nl is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    # Appends at the end go to _tail (a list of pieces, joined on demand) so
    # that many small writes, as from print, stay linear.
    def _flush_tail(self):
        if self._tail:
            self._buf = self._buf + ''.join(self._tail)
            self._tail = []

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        s = self._translate_in(s)
        if self._pos == self._size:
            self._tail.append(s)
            self._size += len(s)
            self._pos = self._size
            return n
        self._flush_tail()
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf = buf + '\0' * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        self._size = len(self._buf)
        return n

    def getvalue(self):
        self._check_open()
        self._flush_tail()
        return self._buf

    def read(self, size=-1):
        self._check_open()
        self._flush_tail()
        size = _size_arg(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end) if start < len(buf) else self._pos
        return buf[start:end]

    def _line_end(self, start):
        buf = self._buf
        nl = self._newline
        if nl == '':
            i = start
            while i < len(buf):
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(buf) and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return len(buf)
        sep = '\n' if nl is None else nl
        i = buf.find(sep, start)
        return len(buf) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._check_open()
        self._flush_tail()
        size = _size_arg(size)
        buf = self._buf
        start = self._pos
        if start >= len(buf):
            return ''
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _size_arg(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._flush_tail()
        self._buf = self._buf[:size]
        self._size = len(self._buf)
        return size

    def detach(self):
        raise UnsupportedOperation('detach')


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory as a bytearray."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes) if initial_bytes else bytearray()
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + len(data)] = data
        self._pos = pos + len(data)
        return len(data)

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        start = self._pos
        if start >= len(self._buf):
            return b''
        i = self._buf.find(b'\n', start)
        end = len(self._buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(self._buf[start:end])

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        pos = _size_arg(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        del self._buf[size:]
        return size
