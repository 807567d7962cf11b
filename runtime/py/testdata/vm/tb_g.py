e = ExceptionGroup("eg", [ValueError(1), TypeError("t")])
e.add_note("a note")
raise e
