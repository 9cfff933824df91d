# test: unreachable loops after a return do not disturb the stack depth of handlers that follow (with, for, try)
class CM:
    def __enter__(self):
        return 1
    def __exit__(self, t, v, tb):
        print('exit', t)
        return True
def f(n):
    with CM():
        if n > 1:
            return 'ret'
            for v in range(1):
                pass
        try:
            raise ValueError('v')
        except Exception as e:
            print('caught', repr(e))
    print('after with')
f(1)

def f2(n):
    for i in range(2):
        if n:
            return 1
            while n:
                pass
        try:
            raise ValueError
        except ValueError:
            print("caught", i)
    print("after")
f2(0)
