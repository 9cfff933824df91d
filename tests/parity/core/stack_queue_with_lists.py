# test: lists as stacks and queues: balanced brackets checker and a BFS over a small graph
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

print([balanced(s) for s in ["([]{})", "(]", "((", "", "a(b)c"]])

graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen = [start]
    queue = [start]
    dist = {start: 0}
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return seen, dist
print(bfs("A"))
