# test: `try` without its colon
try
    pass
except:
    pass
