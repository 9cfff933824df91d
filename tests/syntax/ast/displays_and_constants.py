# test: None/True/False/Ellipsis, list/tuple/dict/set displays, trailing commas, unpacking in displays
nothing = None
yes, no = True, False
dots = ...
also_dots = Ellipsis
empty_list = []
empty_tuple = ()
empty_dict = {}
one_tuple = 1,
one_tuple_parens = (1,)
numbers = [1, 2, 3,]
pair = (1, "two")
mapping = {"a": 1, "b": 2,}
unique = {1, 2, 2, 3}
nested = [[1, 2], (3, 4), {5: [6]}, {7}]
spread_list = [*numbers, *pair, 0]
spread_tuple = (*numbers, 4)
spread_set = {*numbers, *unique}
merged = {**mapping, "c": 3, **{"d": 4}}
print(nothing, yes, no, dots, also_dots is dots)
print(empty_list, empty_tuple, empty_dict, one_tuple, one_tuple_parens)
print(numbers, pair, mapping, unique, nested)
print(spread_list, spread_tuple, sorted(spread_set), merged)
