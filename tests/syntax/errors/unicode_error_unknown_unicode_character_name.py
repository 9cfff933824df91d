# test: a \N{...} escape with an unknown name
x = 'a \N{NO SUCH CHARACTER NAME} b'
