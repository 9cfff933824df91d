# test: assigning to a dict display
{a: b} = {}
