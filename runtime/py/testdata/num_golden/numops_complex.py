for s in ["1+2j", " (1+2j) ", "j", "-j", "+1.5e3J", "2", "1e-3-4e+2j", "( 3-4j )", "1 + 2j", "1+", "", "nan+infj", "-inf-nanj", "1_0+2_0j", "(1+2j", "1+2jj", "0x1+2j", ".5j", "5.j"]:
    try: print(repr(s), complex(s))
    except ValueError as e: print(repr(s), e)
print(complex(1.5), complex(2, -0.0), complex(-0.0, 2), complex(1+2j, 3+4j), complex(True), abs(3+4j), (1+2j) * (3-1j), (1+2j) / (3-1j), (2j) ** 2, (1+1j) ** 0.5)
print(hash(1+0j) == hash(1), (1+0j) == 1, 1j.real, 1j.imag, (1+2j).conjugate(), -(1+2j), +(1-1j), complex("1e400j"))
print(f"{1+2j:.3f} {3-4j:>15} {1j:g} {complex(1.5, -2.25):e}", format(-1.5-0j, ""), repr(complex(0, -0.0)), str(complex(-1e-320, 1e300)))
