import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello world",
    "",
    "   leading and trailing spaces   ",
    "A very-long-hyphenated-word-that-goes-on and on-and-on with some-more hy-phens a-b x-y-z e-mail",
    "Supercalifragilisticexpialidocious is a long word; pneumonoultramicroscopicsilicovolcanoconiosis is longer.",
    "em--dash and dash---es here--there and a -- b and x--1 and --start end--",
    "tabs\there\tand\nnewlines\nand  double  spaces. Sentence one. Sentence two! Yes? \"Quoted.\" end.",
    "numbers 123-456 and 12-ab and ab-12 and éé-àà unicode-wörds ok",
    "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z",
    "word " * 40,
    "http://example.com/a/very/long/url/that/cannot/be/broken/nicely?query=string&more=params",
    "--- leading dashes and trailing dashes ---",
    "x" * 100,
    "can't won't it's 'quoted' \"double\" ,comma .dot ?q !e &amp",
    "_under_score-word and __dunder__-names",
]
widths = [1, 5, 10, 15, 20, 30, 40, 70]
for text in texts:
    for w in widths:
        print(w, textwrap.wrap(text, w))
    print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
    print(textwrap.wrap(text, 12, break_long_words=False))
    print(textwrap.wrap(text, 12, break_on_hyphens=False))
    print(textwrap.wrap(text, 14, drop_whitespace=False))
    print(textwrap.wrap(text, 30, fix_sentence_endings=True))
    print(textwrap.wrap(text, 20, max_lines=2))
    print(textwrap.wrap(text, 20, max_lines=1, placeholder='...'))
    print(repr(textwrap.shorten(text, 30)), repr(textwrap.shorten(text, 12, placeholder=' >>')))
    print(textwrap.wrap(text, 10, replace_whitespace=False, expand_tabs=False))
    print(textwrap.wrap(text, 10, tabsize=4))


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


t(lambda: textwrap.wrap("abc", 0))
t(lambda: textwrap.wrap("abc def", 5, max_lines=1, placeholder=' [......]'))
t(lambda: textwrap.shorten("Hello  world!", width=12))
t(lambda: textwrap.shorten("Hello world!", width=11))
t(lambda: textwrap.shorten("Hello world", width=10, placeholder="..."))
docs = [
    '''\
    def foo():
        return 1
    ''',
    "  a\n    b\n  c",
    "\ta\n\t\tb",
    "  a\n\tb",
    "   \n  x\n    \n  y\n",
    "no indent\n  some",
    "    only one line",
    "  a\n  \n  b  ",
    "",
    "\n\n",
    " x\r\n  y\r\n",
    "  \t a\n  \t  b",
]
for d in docs:
    print(repr(textwrap.dedent(d)))
    print(repr(textwrap.indent(d, '> ')), repr(textwrap.indent(d, '+', lambda line: True)))
print(textwrap.TextWrapper(width=20, initial_indent='--').wrap('one two three four five six seven'))
