# test: underscores may not be doubled
x = 1__000
