# test: __name__ is "__main__" for the script, so the guarded block runs
def main():
    print("main running", __name__)
    return 0

print(__name__)
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported")
print(type(__name__).__name__)
