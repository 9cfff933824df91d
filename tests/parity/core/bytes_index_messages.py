# test: indexing bytes with a non-integer says 'byte indices'; out of range says 'index out of range'
for k in ['a', 5, -9, 0]:
    try:
        print(b'xy'[k])
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
