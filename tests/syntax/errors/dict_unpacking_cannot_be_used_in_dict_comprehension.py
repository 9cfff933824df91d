# test: **d as a dict comprehension element
merged = {**d for d in dicts}
