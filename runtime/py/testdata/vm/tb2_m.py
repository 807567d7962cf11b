e = ValueError("x")
e.add_note("note1")
e.add_note("note2\nline2")
raise e
