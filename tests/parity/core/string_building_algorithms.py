# test: small string algorithms: palindromes, word counts, run-length encoding, anagram grouping
def is_pal(s):
    t = "".join([c.lower() for c in s if c.isalnum()])
    return t == t[::-1]

print([is_pal(s) for s in ["Racecar", "A man, a plan, a canal: Panama", "abc"]])

text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccdddd"))

groups = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(list(groups.values()))
