# test: string prefixes in every case combination: u, r, b, f, rb, br, fr, rf
x = 7
print(u'u', U"U")
print(r'raw \n', R"RAW \t", r'''raw triple \d''', R"""RAW TRIPLE \w""")
print(b'bytes', B"BYTES", b'''triple bytes''', B"""TRIPLE BYTES""")
print(rb'raw \bytes', Rb"\x00", rB'\n', RB"\\", br'\d', Br"\s", bR'\w', BR"\S")
print(f'f {x}', F"F {x}", f'''triple {x}''', F"""TRIPLE {x}""")
print(fr'raw f \n {x}', Fr"\t{x}", fR'{x}\d', FR"{x}", rf'{x}\w', rF"\s{x}", Rf'{x}', RF"{x}\n")
