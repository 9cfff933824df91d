# test: a parse error on an earlier line wins over an unindent the tokenizer finds later
x = = 1
if x:
    y = 1
  z = 2
