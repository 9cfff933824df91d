# test: zip(strict=True) lets an exception from a later argument propagate when the first runs out
def a():
    yield 1
    raise ValueError('boom')
def b():
    yield 1
def t(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, 'raised', repr(e))
t('strict a,b', lambda: list(zip(a(), b(), strict=True)))
t('strict b,a', lambda: list(zip(b(), a(), strict=True)))
t('strict a,[1]', lambda: list(zip(a(), [1], strict=True)))
t('strict [1],a', lambda: list(zip([1], a(), strict=True)))
t('strict a,[1,2]', lambda: list(zip(a(), [1, 2], strict=True)))
t('plain a,b', lambda: list(zip(a(), b())))
t('plain b,a', lambda: list(zip(b(), a())))
t('plain [1],a', lambda: list(zip([1], a())))
t('map b,a', lambda: list(map(lambda x, y: x, b(), a())))
