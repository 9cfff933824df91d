# test: BFS, DFS with recursion, Dijkstra with a hand-written binary heap, topological sort with cycle detection, union-find, on small int graphs
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[parent] <= self.items[i]:
                break
            self.items[parent], self.items[i] = self.items[i], self.items[parent]
            i = parent
    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < n and items[l] < items[small]:
                small = l
            if r < n and items[r] < items[small]:
                small = r
            if small == i:
                return top
            items[i], items[small] = items[small], items[i]
            i = small
    def __len__(self):
        return len(self.items)
edges = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3), (5, 6, 1)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in sorted(graph.get(node, [])):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    out = [node]
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            out += dfs(nxt, seen)
    return out
def dijkstra(src):
    dist = {src: 0}
    heap = MinHeap()
    heap.push((0, src))
    while len(heap):
        d, node = heap.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heap.push((nd, nxt))
    return dict(sorted(dist.items()))
def toposort(deps):
    state, order = {}, []
    def visit(n, path):
        if state.get(n) == "done":
            return
        if state.get(n) == "active":
            raise ValueError("cycle: " + " -> ".join(map(str, path + [n])))
        state[n] = "active"
        for m in deps.get(n, []):
            visit(m, path + [n])
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n, [])
    return order
parent = list(range(8))
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
        return True
    return False
print(bfs(0), bfs(5))
print(dfs(0), dfs(6))
print(dijkstra(0), dijkstra(6))
print(toposort({"app": ["lib", "util"], "lib": ["util"], "util": [], "test": ["app"]}))
try:
    toposort({"a": ["b"], "b": ["c"], "c": ["a"]})
except ValueError as e:
    print(e)
print([union(a, b) for a, b, _ in edges], [find(i) for i in range(8)])
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
