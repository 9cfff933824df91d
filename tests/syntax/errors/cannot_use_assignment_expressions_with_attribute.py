# test: walrus target must be a name
(obj.attr := 1)
