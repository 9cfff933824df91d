# test: sys.exit(True) exits with status 1, output flushed first
import sys
print("start")
for i in range(3):
    print(i)
sys.exit(True)
