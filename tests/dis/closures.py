# Cells and free variables: MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE and LOAD_DEREF.
def counter(start=0):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


tick = counter(10)
print(tick(), tick(5))
