# test: identifiers are NFKC-normalised (PEP 3131), so these names are the same variables
ｗｉｄｔｈ = 3
µ = 2
print(width * μ)
import os.path as ｐ
