# test: puzzle: a recursive tree walk using yield from for the in-order, pre-order traversals and a depth-tracking walk
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)

def depths(node, depth=0):
    if node is None:
        return 0
    yield depth, node.value
    left = yield from depths(node.left, depth + 1)
    right = yield from depths(node.right, depth + 1)
    return 1 + left + right

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
print(list(inorder(tree)))
print(list(preorder(tree)))
walker = depths(tree)
try:
    while True:
        d, v = next(walker)
        print("  " * d + str(v))
except StopIteration as e:
    print("node count:", e.value)

def nested(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from nested(item)
    else:
        yield obj
print(list(nested([1, [2, [3, [4, []]], 5], [[6]]])))
