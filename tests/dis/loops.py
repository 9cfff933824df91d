# for loops and leaving blocks early: GET_ITER and FOR_ITER, `continue` jumping back, `break`
# popping the iterator, and a `return` that pops two iterators and runs a `finally` body.
def search(rows, wanted):
    for row in rows:
        if not row:
            continue
        try:
            for item in row:
                if item == wanted:
                    return row
                if item is None:
                    break
        finally:
            print("searched", row)
    return None


print(search([[], [1, None, 3], [4, 5]], 5))
